package dev.concierge.persistence;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.identities.CommIdentity;
import dev.concierge.core.reminders.ReminderStore;
import dev.concierge.core.reminders.ReminderStoreContract;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import dev.concierge.persistence.testing.TestPersons;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** The reminder store's contract on PostgreSQL. */
class JdbiReminderStoreTest extends ReminderStoreContract {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();

  @Override
  protected ReminderStore store() {
    return new JdbiReminderStore(jdbi);
  }

  @Override
  protected UUID newOrganization() {
    return TestOrganizations.create(jdbi, "Reminder store test org");
  }

  @Override
  protected UUID newPerson(UUID orgId, ZoneId zone) {
    return TestPersons.client(jdbi, orgId, "Aiko Tanaka", zone.getId());
  }

  @Override
  protected UUID newDateItem(UUID orgId, UUID personId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "insert into date_items (org_id, person_id, title, date_value)"
                        + " values (:org, :person, 'Birthday', date '1990-04-01')"
                        + " returning date_item_id")
                .bind("org", orgId)
                .bind("person", personId)
                .mapTo(UUID.class)
                .one());
  }

  @Override
  protected CommIdentity newIdentity(UUID orgId, UUID personId, ChannelType channel) {
    return new JdbiCommIdentityStore(jdbi)
        .save(
            new CommIdentity(
                UUID.randomUUID(),
                orgId,
                personId,
                channel,
                "aiko-" + UUID.randomUUID(),
                true,
                false,
                null,
                null,
                null));
  }

  @Override
  protected void recordDelivery(
      UUID orgId, UUID reminderRuleId, int attemptNumber, Instant startedAt) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    """
                    insert into reminder_deliveries (org_id, reminder_rule_id, scheduled_datetime,
                      attempt_number, channel_type, recipient, provider, rendered_message,
                      composed_by, status, error_code, error_message, started_at, finished_at)
                    values (:org, :rule, :at, :attempt, 'email', 'aiko@example.com', 'ses',
                      'Hi Aiko', 'template', 'failed_transient', 'throttled', 'slow down', :at,
                      :at)
                    """)
                .bind("org", orgId)
                .bind("rule", reminderRuleId)
                .bind("at", startedAt)
                .bind("attempt", attemptNumber)
                .execute());
  }

  @Override
  protected void recordDelivered(
      UUID orgId, UUID reminderRuleId, Instant cycle, String providerMessageId) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    """
                    insert into reminder_deliveries (org_id, reminder_rule_id, scheduled_datetime,
                      attempt_number, channel_type, recipient, provider, rendered_message,
                      composed_by, status, provider_message_id, started_at, finished_at)
                    values (:org, :rule, :at, 9, 'slack', 'U0SARAH', 'slack', 'Hi Aiko',
                      'template', 'delivered', :message, :at, :at)
                    """)
                .bind("org", orgId)
                .bind("rule", reminderRuleId)
                .bind("at", cycle)
                .bind("message", providerMessageId)
                .execute());
  }
}
