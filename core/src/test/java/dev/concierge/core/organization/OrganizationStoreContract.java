package dev.concierge.core.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.concierge.core.model.Metadata;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.persons.PersonType;
import dev.concierge.core.testing.Persons;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OrganizationStore} does, PostgreSQL's and the in-memory one alike: the fakes
 * the use-case tests run on cannot drift from the real store while both pass this.
 */
public abstract class OrganizationStoreContract {
  private OrganizationStore store;

  /** A store over empty or shared storage; each test adds organizations of its own. */
  protected abstract OrganizationStore store();

  /** Where the persons the store counts are kept. */
  protected abstract PersonStore persons();

  @BeforeEach
  void setUp() {
    store = store();
  }

  @Test
  void an_added_organization_is_found_with_every_field_and_its_times() {
    Organization added =
        store.save(
            new Organization(
                UUID.randomUUID(),
                "Maison Dupont",
                ZoneId.of("Europe/Paris"),
                LocalTime.of(8, 30),
                Metadata.of(Map.of("brand", "blue")),
                null,
                null));

    Organization found = store.find(added.orgId()).orElseThrow();

    assertThat(found.name()).isEqualTo("Maison Dupont");
    assertThat(found.defaultTimezone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(found.reminderSendTime()).isEqualTo(LocalTime.of(8, 30));
    assertThat(found.settings().values()).containsEntry("brand", "blue");
    assertThat(found.createdAt()).isNotNull().isEqualTo(added.createdAt());
    assertThat(found.updatedAt()).isNotNull();
    assertThat(store.find(UUID.randomUUID())).isEmpty();
  }

  @Test
  void saving_again_changes_name_zone_and_settings_but_not_the_send_time_or_creation() {
    Organization added = store.save(organization("Hotel"));

    Organization changed =
        store.save(
            new Organization(
                added.orgId(),
                "Hotel Renamed",
                ZoneId.of("Asia/Tokyo"),
                LocalTime.of(18, 0),
                Metadata.of(Map.of("vip", true)),
                null,
                null));

    assertThat(changed.name()).isEqualTo("Hotel Renamed");
    assertThat(changed.defaultTimezone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    assertThat(changed.settings().values()).containsEntry("vip", true);
    assertThat(changed.reminderSendTime()).isEqualTo(LocalTime.of(9, 0));
    assertThat(changed.createdAt()).isEqualTo(added.createdAt());
    assertThat(store.find(added.orgId())).contains(changed);
  }

  @Test
  void the_list_has_every_organization_oldest_first_with_its_live_persons() {
    Organization first = store.save(organization("First"));
    Organization second = store.save(organization("Second"));
    persons().save(person(first.orgId()));
    persons().save(person(first.orgId()));
    Person gone = persons().save(person(first.orgId()));
    persons().delete(first.orgId(), gone.personId());

    List<OrganizationSummary> listed =
        store.list().stream()
            .filter(s -> List.of(first.orgId(), second.orgId()).contains(s.organization().orgId()))
            .toList();

    assertThat(listed)
        .extracting(s -> s.organization().name(), OrganizationSummary::persons)
        .containsExactly(tuple("First", 2L), tuple("Second", 0L));
  }

  private static Organization organization(String name) {
    return Organization.of(UUID.randomUUID(), name, ZoneId.of("UTC"), LocalTime.of(9, 0));
  }

  private static Person person(UUID orgId) {
    return Persons.of(orgId, "Someone", PersonType.CLIENT);
  }
}
