package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.health.CheckHealth;
import dev.concierge.core.health.HealthReport;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonType;
import dev.concierge.persistence.testing.SharedPostgres;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The embedding example of docs/ARCHITECTURE.md, run as written against a fresh database. */
class EmbeddingExampleTest {

  @Test
  void another_jvm_app_can_migrate_and_use_the_library_directly() {
    DatabaseUrl url = SharedPostgres.freshDatabase();
    try (PostgresDatabase database = PostgresDatabase.open(url, PoolSettings.DEFAULT)) {
      new Migrations(database.dataSource()).migrate();
      var persons = new JdbiPersonRepository(database.jdbi());
      Person sarah =
          persons.savePerson(
              new Person(
                  UUID.randomUUID(),
                  Organization.DEFAULT_ID,
                  "Sarah Chen",
                  "Sarah",
                  PersonType.CLIENT,
                  LocalDate.of(1985, 3, 15),
                  ZoneId.of("America/New_York"),
                  Metadata.EMPTY,
                  null,
                  null));
      HealthReport health = new CheckHealth("embedded", database).check();

      assertThat(persons.loadPerson(Organization.DEFAULT_ID, sarah.personId()))
          .hasValueSatisfying(p -> assertThat(p.addressName()).isEqualTo("Sarah"));
      assertThat(health.healthy()).isTrue();
    }
  }
}
