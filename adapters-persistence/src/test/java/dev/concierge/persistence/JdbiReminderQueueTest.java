package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.reminders.delivery.DueReminder;
import dev.concierge.core.reminders.delivery.ReminderQueue;
import dev.concierge.core.reminders.delivery.ReminderQueueContract;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reminder queue's contract on PostgreSQL, each test on a database of its own (a claim takes
 * what is due in every organization), and the routing its claim works out. Concurrent dispatchers
 * are {@link ReminderDispatchTest}'s.
 */
class JdbiReminderQueueTest extends ReminderQueueContract {
  private final PostgresDatabase database =
      PostgresDatabase.open(SharedPostgres.freshDatabase(), PoolSettings.DEFAULT);
  private final Jdbi jdbi = database.jdbi();
  private final JdbiReminderQueue queue = new JdbiReminderQueue(jdbi);
  private final UUID org = TestOrganizations.create(jdbi, "Queue org");
  private UUID reachableAnn;
  private UUID unreachableAnn;

  @AfterEach
  void close() {
    database.close();
  }

  @Override
  protected ReminderQueue queue() {
    return queue;
  }

  @Override
  protected UUID enqueue(Instant dueAt, boolean routed) {
    return jdbi.inTransaction(
        h -> {
          UUID person = routed ? reachableAnn(h) : unreachableAnn(h);
          UUID item =
              h.createQuery(
                      """
                      insert into date_items (org_id, person_id, title, date_value, next_occurrence,
                                              notes)
                      values (:org, :person, 'Passport renewal', date '2026-11-28',
                              date '2026-11-28', 'Bring two photos')
                      returning date_item_id
                      """)
                  .bind("org", org)
                  .bind("person", person)
                  .mapTo(UUID.class)
                  .one();
          return rule(h, person, item, null, null, dueAt);
        });
  }

  @Test
  void the_route_is_the_rules_identity_else_a_primary_one_on_its_channel_else_another_primary() {
    UUID[] expected =
        jdbi.inTransaction(
            h -> {
              UUID person = ann(h);
              UUID slack = identity(h, person, "slack", "U0ANN", true);
              UUID email = identity(h, person, "email", "ann@example.com", true);
              UUID secondEmail = identity(h, person, "email", "ann@work.example", false);
              UUID named = rule(h, person, null, "email", secondEmail, NOW.minusSeconds(3));
              UUID byChannel = rule(h, person, null, "email", null, NOW.minusSeconds(2));
              UUID anyPrimary = rule(h, person, null, null, null, NOW.minusSeconds(1));
              return new UUID[] {named, secondEmail, byChannel, email, anyPrimary, slack};
            });

    List<DueReminder> claimed = queue.claim("d1", NOW, Duration.ofMinutes(5), 10);

    assertThat(claimed)
        .extracting(DueReminder::reminderRuleId, DueReminder::commIdentityId)
        .containsExactly(
            tuple(expected[0], expected[1]),
            tuple(expected[2], expected[3]),
            tuple(expected[4], expected[5]));
    assertThat(claimed.get(2).channel()).isEqualTo(ChannelType.SLACK);
    // a standalone reminder without an action has nothing to add
    assertThat(claimed).allSatisfy(r -> assertThat(r.notes()).isNull());
  }

  @Test
  void a_paused_rule_is_neither_claimed_nor_counted_due_until_it_is_resumed() {
    UUID paused = enqueue(NOW.minusSeconds(60), true);
    jdbi.useHandle(
        h ->
            h.execute(
                "update reminder_rules set paused_at = ? where reminder_rule_id = ?",
                NOW.minusSeconds(30),
                paused));

    List<DueReminder> whilePaused = queue.claim("d1", NOW, Duration.ofMinutes(5), 10);
    long dueWhilePaused = queue.countDue(NOW);
    jdbi.useHandle(
        h ->
            h.execute(
                "update reminder_rules set paused_at = null where reminder_rule_id = ?", paused));
    List<DueReminder> resumed = queue.claim("d1", NOW, Duration.ofMinutes(5), 10);

    assertThat(whilePaused).isEmpty();
    assertThat(dueWhilePaused).isZero();
    assertThat(resumed).extracting(DueReminder::reminderRuleId).containsExactly(paused);
  }

  @Test
  void the_claim_still_reads_the_pending_reminders_index() {
    String plan =
        jdbi.inTransaction(
            h -> {
              h.execute("set local enable_seqscan = off");
              return String.join(
                  "\n",
                  h.createQuery(
                          "explain select reminder_rule_id from reminder_rules where sent_at is null"
                              + " and failed_at is null and deleted_at is null"
                              + " and paused_at is null and scheduled_datetime <= now()"
                              + " order by scheduled_datetime limit 10")
                      .mapTo(String.class)
                      .list());
            });

    assertThat(plan).contains("idx_pending_reminders");
  }

  /** Ann with her email identity, one for the whole test: identity values are unique. */
  private UUID reachableAnn(Handle h) {
    if (reachableAnn == null) {
      reachableAnn = ann(h);
      identity(h, reachableAnn, "email", "ann@example.com", true);
    }
    return reachableAnn;
  }

  private UUID unreachableAnn(Handle h) {
    if (unreachableAnn == null) {
      unreachableAnn = ann(h);
    }
    return unreachableAnn;
  }

  private UUID ann(Handle h) {
    return h.createQuery(
            """
            insert into persons (org_id, full_name, preferred_name, person_type, timezone)
            values (:org, 'Ann Person', 'Ann', 'client', 'America/New_York')
            returning person_id
            """)
        .bind("org", org)
        .mapTo(UUID.class)
        .one();
  }

  private UUID identity(Handle h, UUID person, String channel, String value, boolean primary) {
    return h.createQuery(
            """
            insert into comm_identities (org_id, person_id, channel_type, identity_value, is_primary)
            values (:org, :person, :channel, :value, :primary)
            returning comm_identity_id
            """)
        .bind("org", org)
        .bind("person", person)
        .bind("channel", channel)
        .bind("value", value)
        .bind("primary", primary)
        .mapTo(UUID.class)
        .one();
  }

  private UUID rule(
      Handle h, UUID person, UUID item, String channel, UUID identity, Instant dueAt) {
    return h.createQuery(
            """
            insert into reminder_rules (org_id, person_id, date_item_id, reminder_type,
                                        channel_type, comm_identity_id, scheduled_datetime)
            values (:org, :person, cast(:item as uuid), 'scheduled', :channel,
                    cast(:identity as uuid), :due)
            returning reminder_rule_id
            """)
        .bind("org", org)
        .bind("person", person)
        .bind("item", item)
        .bind("channel", channel)
        .bind("identity", identity)
        .bind("due", dueAt)
        .mapTo(UUID.class)
        .one();
  }
}
