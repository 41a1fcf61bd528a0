package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.model.Metadata;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonType;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiPersonRepositoryTest {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();
  private final JdbiPersonRepository persons = new JdbiPersonRepository(jdbi);
  private UUID org;

  @BeforeEach
  void organization() {
    org = TestOrganizations.create(jdbi, "Repository test org");
  }

  @Test
  void a_saved_person_loads_back_with_every_field() {
    Person saved =
        persons.savePerson(
            person(
                "Sarah Chen",
                LocalDate.of(1985, 3, 15),
                Map.of("allergies", List.of("peanuts"), "vip", true)));

    Person loaded = persons.loadPerson(org, saved.personId()).orElseThrow();

    assertThat(loaded.fullName()).isEqualTo("Sarah Chen");
    assertThat(loaded.preferredName()).isEqualTo("Sarah");
    assertThat(loaded.personType()).isEqualTo(PersonType.CLIENT);
    assertThat(loaded.timezone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(loaded.metadata().values())
        .containsEntry("vip", true)
        .containsEntry("allergies", List.of("peanuts"));
    assertThat(loaded.createdAt()).isNotNull().isEqualTo(saved.createdAt());
  }

  @Test
  void a_deep_page_found_by_its_keys_first_holds_the_same_rows_as_a_plain_offset() {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "insert into persons (org_id, full_name, person_type, timezone)"
                        + " select :org, 'Client ' || lpad((i % 700)::text, 4, '0'), 'client', 'UTC'"
                        + " from generate_series(1, 1400) i")
                .bind("org", org)
                .execute());
    List<UUID> expected =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "select person_id from persons where org_id = :org"
                            + " order by full_name, person_id limit 50 offset 1180")
                    .bind("org", org)
                    .mapTo(UUID.class)
                    .list());

    var page = persons.listPersons(org, null, new PageRequest(1180, 50));

    assertThat(page.total()).isEqualTo(1400);
    assertThat(page.items()).extracting(Person::personId).containsExactlyElementsOf(expected);
  }

  @Test
  void a_calendar_date_never_shifts_a_day_across_time_zones() {
    // JVM in America/St_Johns (UTC-3:30), server in Asia/Kathmandu (UTC+5:45)
    Person saved = persons.savePerson(person("Leap Baby", LocalDate.of(2000, 2, 29), Map.of()));

    assertThat(persons.loadPerson(org, saved.personId()).orElseThrow().birthday())
        .isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @Test
  void saving_again_updates_in_place() {
    Person saved = persons.savePerson(person("Sarah Chen", null, Map.of()));

    Person renamed =
        persons.savePerson(
            new Person(
                saved.personId(),
                org,
                "Sarah Chen-Wu",
                "Sarah",
                PersonType.CLIENT,
                null,
                ZoneId.of("Europe/London"),
                Metadata.EMPTY,
                null,
                null));

    assertThat(renamed.fullName()).isEqualTo("Sarah Chen-Wu");
    assertThat(renamed.timezone()).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(renamed.createdAt()).isEqualTo(saved.createdAt());
  }

  @Test
  void another_organization_cannot_see_the_person() {
    Person saved = persons.savePerson(person("Sarah Chen", null, Map.of()));
    UUID otherOrg = TestOrganizations.create(jdbi, "Other org");

    assertThat(persons.loadPerson(otherOrg, saved.personId())).isEmpty();
  }

  @Test
  void a_soft_deleted_person_is_gone() {
    Person saved = persons.savePerson(person("Sarah Chen", null, Map.of()));
    jdbi.useHandle(
        h ->
            h.execute(
                "update persons set deleted_at = now() where person_id = ?", saved.personId()));

    assertThat(persons.loadPerson(org, saved.personId())).isEmpty();
  }

  @Test
  void default_organization_and_categories_load_through_their_ports() {
    Organization organization =
        new JdbiOrganizationRepository(jdbi)
            .loadOrganization(Organization.DEFAULT_ID)
            .orElseThrow();

    assertThat(organization.reminderSendTime()).isEqualTo(LocalTime.of(9, 0));
    assertThat(organization.defaultTimezone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(
            new JdbiDateCategoryRepository(jdbi)
                .loadDateCategories(Organization.DEFAULT_ID).stream().map(c -> c.categoryName()))
        .containsExactly(
            "Anniversary",
            "Birthday",
            "Club Renewal",
            "Property Maintenance",
            "School Event",
            "Travel");
  }

  private Person person(String name, LocalDate birthday, Map<String, Object> metadata) {
    return new Person(
        UUID.randomUUID(),
        org,
        name,
        name.split(" ")[0],
        PersonType.CLIENT,
        birthday,
        ZoneId.of("America/New_York"),
        Metadata.of(metadata),
        null,
        null);
  }
}
