package dev.concierge.core.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.testing.InMemoryAuditStore;
import dev.concierge.core.testing.InMemoryOrganizationStore;
import dev.concierge.core.testing.InMemoryPersonStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The rules of the person directory, over stores in memory. */
class PersonDirectoryTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final UUID ORG = UUID.randomUUID();
  private static final UUID OTHER_ORG = UUID.randomUUID();

  private final InMemoryPersonStore store = new InMemoryPersonStore(Clock.systemUTC());
  private final InMemoryOrganizationStore organizations = new InMemoryOrganizationStore();
  private final InMemoryAuditStore audited = new InMemoryAuditStore();
  private final List<UUID> movedPersons = new ArrayList<>();
  private final PersonDirectory persons =
      new PersonDirectory(
          store,
          organizations,
          (orgId, personId) -> movedPersons.add(personId),
          new AuditTrail(audited, Supplier::get));
  private final Caller concierge = caller(ORG, ApiRole.CONCIERGE);

  PersonDirectoryTest() {
    organizations.save(Organization.of(ORG, "Ours", NEW_YORK, LocalTime.of(9, 0)));
    organizations.save(Organization.of(OTHER_ORG, "Theirs", ZoneId.of("UTC"), LocalTime.NOON));
  }

  @Test
  void a_new_person_without_a_zone_lives_in_the_organizations_default_one() {
    Person sarah =
        persons.create(
            concierge,
            new NewPerson(
                "  Sarah Chen ",
                "Sarah",
                PersonType.CLIENT,
                LocalDate.of(1985, 3, 15),
                null,
                Metadata.EMPTY));

    assertThat(sarah.fullName()).isEqualTo("Sarah Chen");
    assertThat(sarah.timezone()).isEqualTo(NEW_YORK);
    assertThat(sarah.orgId()).isEqualTo(ORG);
    assertThat(persons.get(concierge, sarah.personId())).isEqualTo(sarah);
    assertThat(audited.entries())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
              assertThat(entry.entityId()).isEqualTo(sarah.personId());
              assertThat(entry.fields())
                  .containsExactly(
                      "full_name", "preferred_name", "person_type", "birthday", "metadata_jsonb");
            });
  }

  @Test
  void every_invalid_field_is_reported_at_once_and_nothing_is_written() {
    ValidationException refused =
        catchThrowableOfType(
            ValidationException.class,
            () ->
                persons.create(
                    concierge,
                    new NewPerson(" ", "x".repeat(201), null, null, null, Metadata.EMPTY)));

    assertThat(refused.errors())
        .extracting(FieldError::field)
        .containsExactly("full_name", "preferred_name", "person_type");
    assertThat(store.list(ORG, null, PageRequest.of(null, null)).items()).isEmpty();
    assertThat(audited.entries()).isEmpty();
  }

  @Test
  void analysts_read_but_do_not_write() {
    Person sarah = sarah();
    Caller analyst = caller(ORG, ApiRole.ANALYST);

    assertThat(persons.get(analyst, sarah.personId())).isEqualTo(sarah);
    assertThatThrownBy(() -> persons.create(analyst, NewPerson.client("Bob", null)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> persons.update(analyst, sarah.personId(), rename("Sally")))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> persons.delete(analyst, sarah.personId()))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void an_update_changes_only_what_it_names() {
    Person sarah = sarah();

    Person changed =
        persons.update(
            concierge,
            sarah.personId(),
            new PersonChanges(
                FieldChange.unchanged(),
                FieldChange.to(null),
                FieldChange.unchanged(),
                FieldChange.unchanged(),
                FieldChange.unchanged(),
                FieldChange.to(Metadata.of(Map.of("vip", true)))));

    assertThat(changed.fullName()).isEqualTo("Sarah Chen");
    assertThat(changed.preferredName()).isNull();
    assertThat(changed.birthday()).isEqualTo(sarah.birthday());
    assertThat(changed.metadata().values()).containsEntry("vip", true);
    assertThat(changed.createdAt()).isEqualTo(sarah.createdAt());
    assertThat(audited.entries())
        .last()
        .extracting(AuditEntry::fields)
        .isEqualTo(List.of("preferred_name", "metadata_jsonb"));
  }

  @Test
  void a_new_zone_moves_what_is_placed_in_time_by_it_and_nothing_else_does() {
    Person sarah = sarah();

    persons.update(concierge, sarah.personId(), rename("Sally"));
    persons.update(concierge, sarah.personId(), zone(sarah.timezone()));
    persons.update(concierge, sarah.personId(), zone(ZoneId.of("Asia/Tokyo")));

    assertThat(movedPersons).containsExactly(sarah.personId());
  }

  @Test
  void a_name_type_or_zone_cannot_be_cleared() {
    Person sarah = sarah();

    ValidationException refused =
        catchThrowableOfType(
            ValidationException.class,
            () ->
                persons.update(
                    concierge,
                    sarah.personId(),
                    new PersonChanges(
                        FieldChange.to(null),
                        FieldChange.unchanged(),
                        FieldChange.to(null),
                        FieldChange.unchanged(),
                        FieldChange.to(null),
                        FieldChange.unchanged())));

    assertThat(refused.errors())
        .extracting(FieldError::field)
        .containsExactly("full_name", "person_type", "timezone");
    assertThat(persons.get(concierge, sarah.personId())).isEqualTo(sarah);
  }

  @Test
  void another_organizations_person_is_not_found() {
    Person sarah = sarah();
    Caller theirs = caller(OTHER_ORG, ApiRole.ADMIN);

    assertThatThrownBy(() -> persons.get(theirs, sarah.personId()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> persons.update(theirs, sarah.personId(), rename("Mine")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> persons.delete(theirs, sarah.personId()))
        .isInstanceOf(NotFoundException.class);
    assertThat(persons.list(theirs, null, PageRequest.of(null, null)).items()).isEmpty();
  }

  @Test
  void a_deleted_person_is_gone_and_deleting_again_is_not_found() {
    Person sarah = sarah();

    persons.delete(concierge, sarah.personId());

    assertThatThrownBy(() -> persons.get(concierge, sarah.personId()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> persons.delete(concierge, sarah.personId()))
        .isInstanceOf(NotFoundException.class);
    assertThat(audited.entries())
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.CREATE, AuditAction.DELETE);
  }

  @Test
  void the_list_is_by_name_and_filtered_by_type() {
    persons.create(concierge, NewPerson.client("Carol", null));
    persons.create(concierge, NewPerson.client("Alice", null));
    persons.create(
        concierge,
        new NewPerson("Bob", null, PersonType.FAMILY_MEMBER, null, null, Metadata.EMPTY));

    assertThat(persons.list(concierge, PersonType.CLIENT, PageRequest.of(null, null)).items())
        .extracting(Person::fullName)
        .containsExactly("Alice", "Carol");
  }

  private Person sarah() {
    return persons.create(
        concierge,
        new NewPerson(
            "Sarah Chen",
            "Sarah",
            PersonType.CLIENT,
            LocalDate.of(1985, 3, 15),
            ZoneId.of("Europe/London"),
            Metadata.EMPTY));
  }

  private static PersonChanges rename(String name) {
    return new PersonChanges(
        FieldChange.to(name),
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.unchanged());
  }

  private static PersonChanges zone(ZoneId zone) {
    return new PersonChanges(
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.to(zone),
        FieldChange.unchanged());
  }

  private static Caller caller(UUID orgId, ApiRole role) {
    return Caller.apiKey(UUID.randomUUID(), orgId, "staff", role);
  }
}
