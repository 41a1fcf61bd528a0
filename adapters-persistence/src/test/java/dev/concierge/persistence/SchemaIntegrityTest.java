package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.organization.Organization;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the schema itself guarantees, whatever the application does. */
class SchemaIntegrityTest {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();
  private UUID orgA;
  private UUID orgB;

  @BeforeEach
  void twoOrganizations() {
    orgA = TestOrganizations.create(jdbi, "Org A");
    orgB = TestOrganizations.create(jdbi, "Org B");
  }

  @Test
  void default_organization_and_its_six_categories_are_seeded() {
    List<String> categories =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "select icon || ' ' || category_name || ' ' || color from date_categories"
                            + " where org_id = :org order by category_id")
                    .bind("org", Organization.DEFAULT_ID)
                    .mapTo(String.class)
                    .list());

    assertThat(categories)
        .containsExactly(
            "🎂 Birthday #FF6B6B",
            "💑 Anniversary #E64980",
            "🎾 Club Renewal #40C057",
            "🏠 Property Maintenance #FD7E14",
            "🎓 School Event #4C6EF5",
            "✈️ Travel #15AABF");
  }

  @Test
  void the_session_time_zone_is_deliberately_not_utc() {
    String zone = jdbi.withHandle(h -> h.createQuery("show timezone").mapTo(String.class).one());

    assertThat(zone).isNotIn("UTC", "Etc/UTC", "GMT");
  }

  @Test
  void updated_at_is_maintained_by_the_database() {
    UUID person = insertPerson(orgA, "Sarah Chen");
    jdbi.useHandle(
        h ->
            h.execute(
                "update persons set created_at = '2001-01-01T00:00Z', updated_at = '2001-01-01T00:00Z'"
                    + " where person_id = ?",
                person));

    OffsetDateTime updatedAt =
        jdbi.withHandle(
            h ->
                h.createQuery("select updated_at from persons where person_id = :id")
                    .bind("id", person)
                    .mapTo(OffsetDateTime.class)
                    .one());

    assertThat(updatedAt.toInstant()).isCloseTo(Instant.now(), within(60));
  }

  @Test
  void a_row_cannot_point_at_another_organizations_row() {
    UUID personOfA = insertPerson(orgA, "Sarah Chen");

    assertThatThrownBy(
            () ->
                jdbi.useHandle(
                    h ->
                        h.execute(
                            "insert into date_items (org_id, person_id, title, date_value)"
                                + " values (?, ?, 'Leak', '2026-01-01')",
                            orgB,
                            personOfA)))
        .isInstanceOf(UnableToExecuteStatementException.class)
        .hasMessageContaining("violates foreign key constraint");
  }

  @Test
  void a_category_in_use_cannot_be_deleted() {
    UUID person = insertPerson(orgA, "Sarah Chen");
    UUID category =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "insert into date_categories (org_id, category_name) values (:org, 'Gala')"
                            + " returning category_id")
                    .bind("org", orgA)
                    .mapTo(UUID.class)
                    .one());
    jdbi.useHandle(
        h ->
            h.execute(
                "insert into date_items (org_id, person_id, category_id, title, date_value)"
                    + " values (?, ?, ?, 'Opera gala', '2026-05-01')",
                orgA,
                person,
                category));

    assertThatThrownBy(
            () ->
                jdbi.useHandle(
                    h -> h.execute("delete from date_categories where category_id = ?", category)))
        .isInstanceOf(UnableToExecuteStatementException.class)
        .hasMessageContaining("violates foreign key constraint");
  }

  @Test
  void a_person_has_at_most_one_primary_identity_per_channel() {
    UUID person = insertPerson(orgA, "Sarah Chen");
    String insert =
        "insert into comm_identities (org_id, person_id, channel_type, identity_value, is_primary)"
            + " values (?, ?, 'email', ?, true)";
    jdbi.useHandle(h -> h.execute(insert, orgA, person, "sarah@example.com"));

    assertThatThrownBy(
            () -> jdbi.useHandle(h -> h.execute(insert, orgA, person, "s.chen@example.com")))
        .isInstanceOf(UnableToExecuteStatementException.class)
        .hasMessageContaining("idx_comm_identities_primary");
  }

  @Test
  void a_reminder_cycle_can_be_delivered_only_once() {
    UUID person = insertPerson(orgA, "Sarah Chen");
    UUID rule =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "insert into reminder_rules (org_id, person_id, reminder_type, scheduled_datetime)"
                            + " values (:org, :person, 'scheduled', '2026-03-01T14:00Z')"
                            + " returning reminder_rule_id")
                    .bind("org", orgA)
                    .bind("person", person)
                    .mapTo(UUID.class)
                    .one());
    String delivered =
        "insert into reminder_deliveries (org_id, reminder_rule_id, scheduled_datetime,"
            + " attempt_number, channel_type, provider, status, started_at)"
            + " values (?, ?, '2026-03-01T14:00Z', ?, 'outbox', 'outbox', 'delivered', now())";
    jdbi.useHandle(h -> h.execute(delivered, orgA, rule, 1));

    assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute(delivered, orgA, rule, 2)))
        .isInstanceOf(UnableToExecuteStatementException.class)
        .hasMessageContaining("idx_reminder_deliveries_once");
  }

  @Test
  void a_lead_time_reminder_needs_its_days_and_its_date() {
    UUID person = insertPerson(orgA, "Sarah Chen");

    assertThatThrownBy(
            () ->
                jdbi.useHandle(
                    h ->
                        h.execute(
                            "insert into reminder_rules (org_id, person_id, reminder_type)"
                                + " values (?, ?, 'lead_time')",
                            orgA,
                            person)))
        .isInstanceOf(UnableToExecuteStatementException.class)
        .hasMessageContaining("reminder_rules_lead_time_needs_days");
  }

  @Test
  void instants_round_trip_exactly_whatever_the_session_zone() {
    Instant scheduled = Instant.parse("2026-03-01T14:00:00Z");
    UUID person = insertPerson(orgA, "Sarah Chen");

    Instant stored =
        jdbi.withHandle(
            h -> {
              setSessionZone(h, "Pacific/Chatham");
              return h.createQuery(
                      "insert into reminder_rules (org_id, person_id, reminder_type, scheduled_datetime)"
                          + " values (:org, :person, 'scheduled', :at) returning scheduled_datetime")
                  .bind("org", orgA)
                  .bind("person", person)
                  .bind("at", scheduled.atOffset(java.time.ZoneOffset.ofHours(-5)))
                  .mapTo(OffsetDateTime.class)
                  .one()
                  .toInstant();
            });

    assertThat(stored).isEqualTo(scheduled);
  }

  private static void setSessionZone(Handle handle, String zone) {
    handle.execute("select set_config('TimeZone', ?, false)", zone);
  }

  private UUID insertPerson(UUID org, String name) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "insert into persons (org_id, full_name, person_type, timezone)"
                        + " values (:org, :name, 'client', 'America/New_York') returning person_id")
                .bind("org", org)
                .bind("name", name)
                .mapTo(UUID.class)
                .one());
  }

  private static org.assertj.core.data.TemporalUnitOffset within(long seconds) {
    return org.assertj.core.api.Assertions.within(seconds, ChronoUnit.SECONDS);
  }
}
