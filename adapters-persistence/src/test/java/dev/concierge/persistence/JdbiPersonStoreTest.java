package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.persons.PersonStoreContract;
import dev.concierge.core.persons.PersonType;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The person store's contract on PostgreSQL, and what only PostgreSQL can get wrong. */
class JdbiPersonStoreTest extends PersonStoreContract {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();
  private final JdbiPersonStore persons = new JdbiPersonStore(jdbi);
  private UUID org;

  @Override
  protected PersonStore store() {
    return persons;
  }

  @Override
  protected UUID newOrganization() {
    return TestOrganizations.create(jdbi, "Person store test org");
  }

  @BeforeEach
  void organization() {
    org = newOrganization();
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

    var page = persons.list(org, null, new PageRequest(1180, 50));

    assertThat(page.total()).isEqualTo(1400);
    assertThat(page.items()).extracting(Person::personId).containsExactlyElementsOf(expected);
  }

  @Test
  void a_calendar_date_never_shifts_a_day_across_time_zones() {
    // JVM in America/St_Johns (UTC-3:30), server in Asia/Kathmandu (UTC+5:45)
    Person saved = persons.save(person("Leap Baby", LocalDate.of(2000, 2, 29), Map.of()));

    assertThat(persons.find(org, saved.personId()).orElseThrow().birthday())
        .isEqualTo(LocalDate.of(2000, 2, 29));
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
