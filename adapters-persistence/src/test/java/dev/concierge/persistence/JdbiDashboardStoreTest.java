package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.catalogue.CatalogueStore;
import dev.concierge.core.conversations.ConversationStore;
import dev.concierge.core.dashboard.DashboardStore;
import dev.concierge.core.dashboard.DashboardStoreContract;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.projects.ProjectStore;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import dev.concierge.persistence.testing.TestPersons;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The dashboard store's contract on PostgreSQL; dates and reminders are written to their tables as
 * their own stores would.
 */
class JdbiDashboardStoreTest extends DashboardStoreContract {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();

  @Override
  protected DashboardStore store() {
    return new JdbiDashboardStore(jdbi);
  }

  @Override
  protected UUID newOrganization() {
    return TestOrganizations.create(jdbi, "Dashboard store test org");
  }

  @Override
  protected UUID newPerson(UUID orgId) {
    return TestPersons.client(jdbi, orgId);
  }

  @Override
  protected UUID newPerson(UUID orgId, ZoneId zone) {
    return TestPersons.client(jdbi, orgId, "Client", zone.getId());
  }

  @Override
  protected void deletePerson(UUID orgId, UUID personId) {
    jdbi.useHandle(
        h ->
            h.execute(
                "update persons set deleted_at = now() where org_id = ? and person_id = ?",
                orgId,
                personId));
  }

  @Override
  protected ConversationStore conversations() {
    return new JdbiConversationStore(jdbi);
  }

  @Override
  protected ProjectStore projects() {
    return new JdbiProjectStore(jdbi);
  }

  @Override
  protected CatalogueStore catalogue() {
    return new JdbiCatalogueStore(jdbi);
  }

  @Override
  protected UUID addDate(UUID orgId, UUID personId, DateFact date) {
    return jdbi.inTransaction(
        h -> {
          UUID category =
              date.categoryName() == null
                  ? null
                  : h.createQuery(
                          """
                          insert into date_categories (org_id, category_name, icon)
                          values (:orgId, :name, :icon)
                          returning category_id
                          """)
                      .bind("orgId", orgId)
                      .bind("name", date.categoryName())
                      .bind("icon", date.categoryIcon())
                      .mapTo(UUID.class)
                      .one();
          UUID dateItem =
              h.createQuery(
                      """
                      insert into date_items (org_id, person_id, category_id, title, date_value,
                                              recurrence_rule, next_occurrence)
                      values (:orgId, :personId, :category, :title, :dateValue, :rule, :next)
                      returning date_item_id
                      """)
                  .bind("orgId", orgId)
                  .bind("personId", personId)
                  .bind("category", category)
                  .bind("title", date.title())
                  .bind("dateValue", date.dateValue())
                  .bind("rule", date.recurrenceRule())
                  .bind("next", date.nextOccurrence())
                  .mapTo(UUID.class)
                  .one();
          for (int i = 0; i < date.reminders(); i++) {
            reminderRule(h, orgId, personId, dateItem);
          }
          return dateItem;
        });
  }

  @Override
  protected void deleteDate(UUID orgId, UUID dateItemId) {
    jdbi.useHandle(
        h ->
            h.execute(
                "update date_items set deleted_at = now() where org_id = ? and date_item_id = ?",
                orgId,
                dateItemId));
  }

  @Override
  protected UUID addReminderAttempt(
      UUID orgId,
      UUID personId,
      UUID dateItemId,
      ChannelType channel,
      boolean delivered,
      Instant at) {
    return jdbi.inTransaction(
        h -> {
          UUID rule = reminderRule(h, orgId, personId, dateItemId);
          h.createUpdate(
                  """
                  insert into reminder_deliveries (org_id, reminder_rule_id, scheduled_datetime,
                    attempt_number, channel_type, provider, status, started_at, finished_at)
                  values (:orgId, :rule, :at, 1, :channel, 'test', :status, :at, :at)
                  """)
              .bind("orgId", orgId)
              .bind("rule", rule)
              .bind("at", at)
              .bind("channel", channel)
              .bind("status", delivered ? "delivered" : "failed_permanent")
              .execute();
          return rule;
        });
  }

  private static UUID reminderRule(Handle h, UUID orgId, UUID personId, UUID dateItemId) {
    return h.createQuery(
            """
            insert into reminder_rules (org_id, person_id, date_item_id, reminder_type,
                                        lead_time_days)
            values (:orgId, :personId, :dateItem, 'lead_time', 1)
            returning reminder_rule_id
            """)
        .bind("orgId", orgId)
        .bind("personId", personId)
        .bind("dateItem", dateItemId)
        .mapTo(UUID.class)
        .one();
  }

  @Test
  void the_dashboard_hands_its_connection_back_planning_every_statement_for_its_values() {
    UUID org = newOrganization();
    UUID person = newPerson(org);
    try (PostgresDatabase one =
        PostgresDatabase.open(
            SharedPostgres.migrated().url(),
            new PoolSettings(1, Duration.ofSeconds(3), "dashboard-test"))) {
      JdbiDashboardStore dashboards = new JdbiDashboardStore(one.jdbi());
      // past the driver's threshold for preparing a statement on the server, and PostgreSQL's
      // five custom plans before it considers a generic one
      for (int i = 0; i < 12; i++) {
        assertThat(dashboards.find(org, person, Instant.now(), 5)).isPresent();
      }

      String mode =
          one.jdbi()
              .withHandle(h -> h.createQuery("show plan_cache_mode").mapTo(String.class).one());

      assertThat(mode).isEqualTo("force_custom_plan");
    }
  }
}
