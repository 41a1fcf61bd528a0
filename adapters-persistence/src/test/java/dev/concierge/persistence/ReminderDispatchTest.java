package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.reminders.delivery.ComposedMessage;
import dev.concierge.core.reminders.delivery.DeliveryListener;
import dev.concierge.core.reminders.delivery.DispatchReport;
import dev.concierge.core.reminders.delivery.DispatcherSettings;
import dev.concierge.core.reminders.delivery.DueReminder;
import dev.concierge.core.reminders.delivery.MessageSender;
import dev.concierge.core.reminders.delivery.OutboundMessage;
import dev.concierge.core.reminders.delivery.ReminderComposer;
import dev.concierge.core.reminders.delivery.ReminderDispatcher;
import dev.concierge.core.reminders.delivery.RetryPolicy;
import dev.concierge.core.reminders.delivery.SendResult;
import dev.concierge.core.reminders.delivery.Senders;
import dev.concierge.core.testing.MovableClock;
import dev.concierge.core.testing.RecordingSender;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dispatcher on real PostgreSQL: claims, leases, retries, and exactly-once delivery. */
class ReminderDispatchTest {
  private static final Instant START = Instant.parse("2026-11-25T15:00:00Z");
  private static final Duration LEASE = DispatcherSettings.DEFAULT_LEASE;

  private final MovableClock now = new MovableClock(START);
  private PostgresDatabase database;
  private Jdbi jdbi;
  private JdbiReminderQueue queue;
  private UUID org;

  @BeforeEach
  void openFreshDatabase() {
    database = PostgresDatabase.open(SharedPostgres.freshDatabase(), PoolSettings.DEFAULT);
    jdbi = database.jdbi();
    queue = new JdbiReminderQueue(jdbi);
    org = TestOrganizations.create(jdbi, "Dispatch org");
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void four_dispatchers_with_a_flaky_sender_and_a_killed_one_deliver_each_reminder_once()
      throws Exception {
    dueReminders(10_000, "email");
    FlakySender sender = new FlakySender(0.30, 42);
    // a dispatcher that claimed a batch and died before sending any of it
    List<DueReminder> abandoned = queue.claim("killed", now.instant(), LEASE, 500);

    List<ReminderDispatcher> dispatchers = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      dispatchers.add(
          dispatcher("d" + i, sender, null, new RetryPolicy(60, Duration.ZERO, Duration.ZERO)));
    }
    DispatchReport beforeLeaseEnds = runTogether(dispatchers);
    long stillClaimed = count("select count(*) from reminder_rules where claimed_by = 'killed'");
    now.set(START.plus(LEASE).plusSeconds(1));
    DispatchReport afterLeaseEnds = runTogether(dispatchers);

    assertThat(abandoned).hasSize(500);
    assertThat(stillClaimed).isEqualTo(500);
    assertThat(beforeLeaseEnds.delivered()).isEqualTo(9_500);
    assertThat(afterLeaseEnds.delivered()).isEqualTo(500);
    assertThat(sender.transientFailures.get()).isGreaterThan(1_000);
    assertThat(sender.deliveredKeys).hasSize(10_000);
    assertThat(sender.deliveredKeys.values()).allMatch(n -> n.get() == 1);
    assertThat(count("select count(*) from reminder_rules where sent_at is not null"))
        .isEqualTo(10_000);
    assertThat(count("select count(*) from reminder_rules where claimed_by is not null")).isZero();
    assertThat(
            count(
                "select count(*) from reminder_deliveries where status = 'delivered'"
                    + " group by reminder_rule_id order by 1 desc limit 1"))
        .isEqualTo(1);
    assertThat(count("select count(*) from reminder_deliveries where status = 'delivered'"))
        .isEqualTo(10_000);
    assertThat(count("select count(*) from reminder_deliveries where status = 'failed_transient'"))
        .isEqualTo(sender.transientFailures.get());
    // the abandoned claims burned attempt 1, so their first recorded attempt is number 2
    assertThat(
            count(
                "select min(attempt_number) from reminder_deliveries"
                    + " where reminder_rule_id = any(cast(string_to_array(?, ',') as uuid[]))",
                abandoned.stream()
                    .map(r -> r.reminderRuleId().toString())
                    .collect(Collectors.joining(","))))
        .isEqualTo(2);
  }

  @Test
  void a_round_over_two_leases_long_renews_its_claims_so_no_other_dispatcher_takes_them() {
    dueReminders(40, "email");
    List<Integer> takenByAnother = new ArrayList<>();
    FlakySender counting = new FlakySender(0, 1);
    MessageSender slow =
        new RecordingSender(
            message -> {
              // forty sends of 2 s, four at a time: a round of 80 s, and never more than 18 s
              // between two renewals (a third of the lease, plus four sends)
              now.advance(Duration.ofSeconds(2));
              int taken = queue.claim("another", now.instant(), LEASE, 40).size();
              synchronized (takenByAnother) {
                takenByAnother.add(taken);
              }
              return counting.send(message);
            });

    DispatchReport round = dispatcher("working", slow, null, RetryPolicy.DEFAULT).dispatchBatch();

    assertThat(Duration.between(START, now.instant())).isGreaterThan(LEASE.multipliedBy(2));
    assertThat(takenByAnother).hasSize(40).containsOnly(0);
    assertThat(round.delivered()).isEqualTo(40);
    assertThat(counting.deliveredKeys).hasSize(40);
    assertThat(counting.deliveredKeys.values()).allMatch(n -> n.get() == 1);
    assertThat(count("select count(*) from reminder_rules where sent_at is not null"))
        .isEqualTo(40);
    assertThat(count("select count(*) from reminder_rules where claimed_by is not null")).isZero();
  }

  @Test
  void a_transient_failure_waits_for_its_backoff_and_the_last_attempt_fails_the_reminder() {
    UUID rule = dueReminders(1, "slack").get(0);
    MessageSender down =
        new RecordingSender(
            m ->
                new SendResult.TransientFailure(
                    "ratelimited", "slow down", Optional.of(Duration.ofSeconds(90))));
    ReminderDispatcher dispatcher =
        dispatcher(
            "d1", down, null, new RetryPolicy(2, Duration.ofSeconds(10), Duration.ofMinutes(1)));

    DispatchReport first = dispatcher.dispatchUntilIdle();
    now.advance(Duration.ofSeconds(60));
    DispatchReport tooEarly = dispatcher.dispatchUntilIdle();
    now.advance(Duration.ofSeconds(31));
    DispatchReport second = dispatcher.dispatchUntilIdle();

    assertThat(first.retrying()).isEqualTo(1);
    assertThat(tooEarly.claimed()).isZero();
    assertThat(second.failed()).isEqualTo(1);
    assertThat(
            text(
                "select metadata_jsonb ->> 'delivery_status' from reminder_rules where reminder_rule_id = ?",
                rule))
        .isEqualTo("failed");
    assertThat(count("select count(*) from reminder_rules where failed_at is not null"))
        .isEqualTo(1);
    assertThat(
            text(
                "select string_agg(status || ':' || error_code, ',' order by attempt_number)"
                    + " from reminder_deliveries where reminder_rule_id = ?",
                rule))
        .isEqualTo("failed_transient:ratelimited,failed_transient:ratelimited");
  }

  @Test
  void a_permanent_failure_fails_at_once_and_a_person_without_identity_fails_visibly() {
    UUID rule = dueReminders(1, "slack").get(0);
    UUID unreachable = dueReminders(1, null).get(0);
    MessageSender gone =
        new RecordingSender(
            m -> new SendResult.PermanentFailure("channel_not_found", "no such channel"));

    DispatchReport report = dispatcher("d1", gone, null, RetryPolicy.DEFAULT).dispatchUntilIdle();

    assertThat(report.failed()).isEqualTo(2);
    assertThat(
            text(
                "select status || ':' || error_code from reminder_deliveries where reminder_rule_id = ?",
                rule))
        .isEqualTo("failed_permanent:channel_not_found");
    assertThat(
            text(
                "select coalesce(channel_type, 'none') || ':' || error_code from reminder_deliveries"
                    + " where reminder_rule_id = ?",
                unreachable))
        .isEqualTo("none:no_route");
  }

  @Test
  void a_failing_model_falls_back_to_the_template_and_the_message_names_the_date() {
    UUID rule = dueReminders(1, "email").get(0);
    List<OutboundMessage> sent = new ArrayList<>();
    MessageSender email =
        new RecordingSender(
            m -> {
              sent.add(m);
              return new SendResult.Delivered("ses-1");
            });
    ReminderComposer broken =
        context -> {
          throw new IllegalStateException("model timed out");
        };

    DispatchReport report =
        dispatcher("d1", email, broken, RetryPolicy.DEFAULT).dispatchUntilIdle();

    assertThat(report.delivered()).isEqualTo(1);
    assertThat(sent)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.subject()).isEqualTo("Passport renewal in 3 days");
              assertThat(m.text())
                  .contains(
                      "Hi Ann",
                      "Passport renewal",
                      "in 3 days",
                      "Saturday, November 28",
                      "Bring two photos");
              assertThat(m.recipient()).isEqualTo("person0@example.com");
            });
    assertThat(
            text(
                "select composed_by || ':' || provider_message_id from reminder_deliveries where reminder_rule_id = ?",
                rule))
        .isEqualTo("template:ses-1");
  }

  @Test
  void a_standalone_reminder_is_worded_by_its_action() {
    UUID rule = dueReminders(1, "email").get(0);
    jdbi.useHandle(
        h ->
            h.execute(
                "update reminder_rules set date_item_id = null,"
                    + " metadata_jsonb = '{\"action\": \"Call the florist about the peonies\"}'"
                    + " where reminder_rule_id = ?",
                rule));
    List<OutboundMessage> sent = new ArrayList<>();
    MessageSender email =
        new RecordingSender(
            m -> {
              sent.add(m);
              return new SendResult.Delivered("ses-2");
            });

    dispatcher("d1", email, null, RetryPolicy.DEFAULT).dispatchUntilIdle();

    assertThat(sent)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.subject()).isEqualTo("Reminder: Call the florist about the peonies");
              assertThat(m.text())
                  .contains("Hi Ann", "A reminder: Call the florist about the peonies.")
                  .doesNotContain("Passport", "Bring two photos");
            });
  }

  @Test
  void a_working_model_words_the_message_and_is_recorded_as_such() {
    dueReminders(1, "email");
    List<OutboundMessage> sent = new ArrayList<>();
    ReminderComposer model =
        context ->
            new ComposedMessage(
                "Three days to go",
                "Hi " + context.personName() + ", " + context.daysUntil() + " days.",
                "claude-sonnet-4-5");

    dispatcher(
            "d1",
            new RecordingSender(
                m -> {
                  sent.add(m);
                  return new SendResult.Delivered("x");
                }),
            model,
            RetryPolicy.DEFAULT)
        .dispatchUntilIdle();

    assertThat(sent).singleElement().extracting(OutboundMessage::text).isEqualTo("Hi Ann, 3 days.");
    assertThat(text("select composed_by from reminder_deliveries", null)).isEqualTo("llm");
  }

  @Test
  void closing_a_dispatcher_gives_its_claims_back_at_once() {
    dueReminders(3, "email");
    queue.claim("stopping", now.instant(), LEASE, 10);
    ReminderDispatcher stopping =
        dispatcher("stopping", new FlakySender(0, 1), null, RetryPolicy.DEFAULT);

    stopping.close();
    DispatchReport other =
        dispatcher("other", new FlakySender(0, 1), null, RetryPolicy.DEFAULT).dispatchUntilIdle();

    assertThat(other.delivered()).isEqualTo(3);
  }

  private ReminderDispatcher dispatcher(
      String id, MessageSender sender, ReminderComposer model, RetryPolicy retry) {
    return new ReminderDispatcher(
        queue,
        new Senders(List.of(sender), sender),
        model,
        DeliveryListener.NONE,
        now,
        new DispatcherSettings(id, 200, LEASE, 4, retry));
  }

  private static DispatchReport runTogether(List<ReminderDispatcher> dispatchers) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(dispatchers.size());
    try {
      List<Future<DispatchReport>> runs = new ArrayList<>();
      for (ReminderDispatcher dispatcher : dispatchers) {
        runs.add(pool.submit(dispatcher::dispatchUntilIdle));
      }
      DispatchReport total = DispatchReport.NONE;
      for (Future<DispatchReport> run : runs) {
        total = total.plus(run.get());
      }
      return total;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Persons (Ann 0..n-1 in New York) each with one identity on {@code channel} (none when null) and
   * a reminder due an hour ago about a passport renewal three days ahead.
   */
  private List<UUID> dueReminders(int n, String channel) {
    return jdbi.inTransaction(
        h -> {
          h.createUpdate(
                  """
                  insert into persons (person_id, org_id, full_name, preferred_name, person_type, timezone)
                  select gen_random_uuid(), :org, 'Ann Person ' || i, 'Ann', 'client', 'America/New_York'
                  from generate_series(0, :n - 1) i
                  """)
              .bind("org", org)
              .bind("n", n)
              .execute();
          if (channel != null) {
            h.createUpdate(
                    """
                    insert into comm_identities (org_id, person_id, channel_type, identity_value, is_primary)
                    select :org, p.person_id, :channel,
                           case when :channel = 'email'
                             then 'person' || substring(p.full_name from 12) || '@example.com'
                             else 'U' || substring(p.full_name from 12) end, true
                    from persons p where p.org_id = :org
                      and not exists (select 1 from comm_identities i where i.person_id = p.person_id)
                      and not exists (select 1 from reminder_rules r where r.person_id = p.person_id)
                    """)
                .bind("org", org)
                .bind("channel", channel)
                .execute();
          }
          h.createUpdate(
                  """
                  insert into date_items (org_id, person_id, title, date_value, next_occurrence, notes)
                  select :org, p.person_id, 'Passport renewal', date '2026-11-28', date '2026-11-28',
                         'Bring two photos'
                  from persons p where p.org_id = :org
                    and not exists (select 1 from reminder_rules r where r.person_id = p.person_id)
                  """)
              .bind("org", org)
              .execute();
          return h.createQuery(
                  """
                  insert into reminder_rules (org_id, person_id, date_item_id, reminder_type,
                    scheduled_datetime)
                  select :org, d.person_id, d.date_item_id, 'scheduled', :due
                  from date_items d where d.org_id = :org
                    and not exists (select 1 from reminder_rules r where r.date_item_id = d.date_item_id)
                  returning reminder_rule_id
                  """)
              .bind("org", org)
              .bind("due", START.minusSeconds(3600).atOffset(ZoneOffset.UTC))
              .mapTo(UUID.class)
              .list();
        });
  }

  private long count(String sql, Object... args) {
    return jdbi.withHandle(h -> h.select(sql, args).mapTo(Long.class).one());
  }

  private String text(String sql, Object arg) {
    return jdbi.withHandle(
        h -> (arg == null ? h.select(sql) : h.select(sql, arg)).mapTo(String.class).one());
  }

  /** Fails a share of sends transiently; counts every accepted delivery per reminder cycle. */
  private static final class FlakySender implements MessageSender {
    final Map<String, AtomicInteger> deliveredKeys = new ConcurrentHashMap<>();
    final AtomicInteger transientFailures = new AtomicInteger();
    private final double failureShare;
    private final Random random;

    FlakySender(double failureShare, long seed) {
      this.failureShare = failureShare;
      this.random = new Random(seed);
    }

    @Override
    public String provider() {
      return "flaky";
    }

    @Override
    public Set<ChannelType> channels() {
      return Set.of(ChannelType.values());
    }

    @Override
    public SendResult send(OutboundMessage message) {
      boolean fail;
      synchronized (random) {
        fail = random.nextDouble() < failureShare;
      }
      if (fail) {
        transientFailures.incrementAndGet();
        return new SendResult.TransientFailure("unavailable", "try later");
      }
      deliveredKeys
          .computeIfAbsent(message.deliveryKey(), k -> new AtomicInteger())
          .incrementAndGet();
      return new SendResult.Delivered("m-" + message.deliveryKey());
    }
  }
}
