package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.proactive.CheckInCandidate;
import dev.concierge.core.proactive.CheckInComposer;
import dev.concierge.core.proactive.CheckInOrganization;
import dev.concierge.core.proactive.CheckInReport;
import dev.concierge.core.proactive.CheckInSettings;
import dev.concierge.core.proactive.CheckInStore;
import dev.concierge.core.proactive.ProactiveCheckIns;
import dev.concierge.core.proactive.SentCheckIn;
import dev.concierge.core.reminders.delivery.ComposedMessage;
import dev.concierge.core.reminders.delivery.MessageSender;
import dev.concierge.core.reminders.delivery.OutboundMessage;
import dev.concierge.core.reminders.delivery.SendResult;
import dev.concierge.core.reminders.delivery.Senders;
import dev.concierge.persistence.testing.MovableClock;
import dev.concierge.persistence.testing.SharedPostgres;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The daily check-in on real PostgreSQL: once per cluster and day, to the right clients only. */
class ProactiveCheckInsTest {
  // a Wednesday; 10:00 in New York
  private static final Instant START = Instant.parse("2026-11-25T15:00:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

  private final AtomicReference<Instant> now = new AtomicReference<>(START);
  private final Clock clock = new MovableClock(now);
  private final RecordingSender sender = new RecordingSender(m -> new SendResult.Delivered(null));
  private PostgresDatabase database;
  private Jdbi jdbi;
  private JdbiProactiveCheckIns store;

  @BeforeEach
  void openFreshDatabase() {
    database = PostgresDatabase.open(SharedPostgres.freshDatabase(), PoolSettings.DEFAULT);
    jdbi = database.jdbi();
    store = new JdbiProactiveCheckIns(jdbi);
    // the seeded organization would otherwise take part in every run and count in every report
    jdbi.useHandle(
        h ->
            h.execute(
                "update organizations set settings_jsonb = '{\"proactive_enabled\": false}'"
                    + " where org_id = ?",
                Organization.DEFAULT_ID));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void three_instances_at_once_run_each_day_once_and_reach_only_the_right_clients()
      throws Exception {
    UUID utc = organization("UTC", "{}");
    UUID ann = client(utc, "Ann", "UTC", "slack", "U-ANN");
    date(utc, ann, "Mom's birthday", TODAY.plusDays(5));
    date(utc, ann, "Anniversary", TODAY.plusDays(9));
    UUID bob = client(utc, "Bob", "UTC", "email", "bob@example.com");
    date(utc, bob, "Club renewal", TODAY.plusDays(14));
    message(bob, "email", "outbound", START.minus(Duration.ofDays(40)));
    UUID jo = client(utc, "Jo", "UTC", "email", "jo@example.com");
    date(utc, jo, "Boiler service", TODAY.plusDays(4));
    message(jo, "email", "internal", START.minus(Duration.ofDays(1)));
    UUID recentlyHeardFrom = client(utc, "Cat", "UTC", "email", "cat@example.com");
    date(utc, recentlyHeardFrom, "Birthday", TODAY.plusDays(3));
    message(recentlyHeardFrom, "sms", "inbound", START.minus(Duration.ofDays(10)));
    UUID recentlyWrittenTo = client(utc, "Dee", "UTC", "email", "dee@example.com");
    date(utc, recentlyWrittenTo, "Birthday", TODAY.plusDays(3));
    message(recentlyWrittenTo, "email", "outbound", START.minus(Duration.ofDays(29)));
    UUID tooFar = client(utc, "Ivy", "UTC", "email", "ivy@example.com");
    date(utc, tooFar, "Birthday", TODAY.plusDays(15));
    UUID passed = client(utc, "Pat", "UTC", "email", "pat@example.com");
    date(utc, passed, "Birthday", TODAY.minusDays(1));
    UUID noDates = client(utc, "Ned", "UTC", "email", "ned@example.com");
    UUID staff = person(utc, "Sam", "staff", "UTC");
    identity(utc, staff, "email", "sam@example.com", true);
    date(utc, staff, "Birthday", TODAY.plusDays(2));
    UUID unreachable = person(utc, "Una", "client", "UTC");
    date(utc, unreachable, "Birthday", TODAY.plusDays(2));
    UUID onlySecondary = person(utc, "Sid", "client", "UTC");
    identity(utc, onlySecondary, "email", "sid@example.com", false);
    date(utc, onlySecondary, "Birthday", TODAY.plusDays(2));
    UUID deleted = client(utc, "Del", "UTC", "email", "del@example.com");
    date(utc, deleted, "Birthday", TODAY.plusDays(2));
    jdbi.useHandle(
        h -> h.execute("update persons set deleted_at = now() where person_id = ?", deleted));

    UUID newYork = organization("America/New_York", "{\"proactive_days_ahead\": 7}");
    UUID kim = client(newYork, "Kim", "America/New_York", "sms", "+15550100");
    date(newYork, kim, "Anniversary", TODAY.plusDays(6));
    UUID lee = client(newYork, "Lee", "America/New_York", "email", "lee@example.com");
    date(newYork, lee, "Anniversary", TODAY.plusDays(10));

    UUID disabled = organization("UTC", "{\"proactive_enabled\": false}");
    UUID ola = client(disabled, "Ola", "UTC", "email", "ola@example.com");
    date(disabled, ola, "Birthday", TODAY.plusDays(2));
    // every instance sees the organizations before any has claimed a day, so only the claim keeps
    // them from running the same day twice
    CyclicBarrier allListed = new CyclicBarrier(3);
    CheckInStore listedTogether =
        new CheckInStore() {
          @Override
          public List<CheckInOrganization> listCheckInOrganizations() {
            List<CheckInOrganization> organizations = store.listCheckInOrganizations();
            try {
              allListed.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
            return organizations;
          }

          @Override
          public boolean claimCheckInDay(
              UUID orgId, LocalDate runDate, String claimedBy, Instant startedAt) {
            return store.claimCheckInDay(orgId, runDate, claimedBy, startedAt);
          }

          @Override
          public List<CheckInCandidate> listCheckInCandidates(
              UUID orgId, Instant now, int daysAhead, int quietDays, int limit) {
            return store.listCheckInCandidates(orgId, now, daysAhead, quietDays, limit);
          }

          @Override
          public void recordCheckIn(SentCheckIn checkIn) {
            store.recordCheckIn(checkIn);
          }

          @Override
          public void finishCheckInRun(
              UUID orgId,
              LocalDate runDate,
              String claimedBy,
              Instant finishedAt,
              int candidates,
              int sent,
              int failed) {
            store.finishCheckInRun(orgId, runDate, claimedBy, finishedAt, candidates, sent, failed);
          }
        };

    CheckInReport total =
        runTogether(
            List.of(
                checkIns("i1", null, sender, listedTogether),
                checkIns("i2", null, sender, listedTogether),
                checkIns("i3", null, sender, listedTogether)));

    assertThat(sender.personIds()).containsExactlyInAnyOrder(ann, bob, jo, kim);
    assertThat(total).isEqualTo(new CheckInReport(2, 4, 4, 0));
    assertThat(
            rows(
                "select org_id || ' ' || run_date || ' ' || candidates || '/' || sent || '/'"
                    + " || failed || ' ' || (finished_at is not null)"
                    + " || ' ' || (claimed_by in ('i1', 'i2', 'i3'))"
                    + " from proactive_runs"))
        .containsExactlyInAnyOrder(
            utc + " 2026-11-25 3/3/0 true true", newYork + " 2026-11-25 1/1/0 true true");
    assertThat(
            rows(
                "select p.preferred_name || ' ' || c.channel_type || ' ' || m.sender_type || ' '"
                    + " || (m.metadata_jsonb ->> 'kind') || ' ' || (m.created_at = ?)"
                    + " from messages m join conversations c using (conversation_id)"
                    + " join persons p using (person_id) where m.direction = 'outbound'"
                    + " and m.created_at > ?",
                START,
                START.minusSeconds(1)))
        .containsExactlyInAnyOrder(
            "Ann slack system proactive_check_in true",
            "Bob email system proactive_check_in true",
            "Jo email system proactive_check_in true",
            "Kim sms system proactive_check_in true");
    // Bob's check-in joins his email conversation; Ann gets a new one on Slack, her nearest date
    // first in its subject
    assertThat(one("select count(*) from conversations where person_id = ?", bob)).isEqualTo("1");
    assertThat(
            one(
                "select subject || ' @' || last_message_at from conversations where person_id = ?",
                ann))
        .isEqualTo(
            "Coming up: Mom's birthday and 1 more date @"
                + one("select cast(? as timestamptz)", START));
    assertThat(sender.sent())
        .filteredOn(m -> m.personId().equals(ann))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.channel()).isEqualTo(ChannelType.SLACK);
              assertThat(m.recipient()).isEqualTo("U-ANN");
              assertThat(m.text()).contains("*Mom's birthday*", "in 5 days", "*Anniversary*");
              assertThat(m.deliveryKey()).isEqualTo("check-in:" + ann + "@2026-11-25");
            });
  }

  @Test
  void runs_from_the_local_time_once_a_day_and_not_again_while_the_client_is_quiet() {
    UUID org = organization("UTC", "{\"proactive_time\": \"10:00\"}");
    UUID ann = client(org, "Ann", "UTC", "email", "ann@example.com");
    date(org, ann, "Mom's birthday", TODAY.plusDays(5));
    ProactiveCheckIns checkIns = checkIns("i1", null);

    CheckInReport tooEarly = checkIns.run(Instant.parse("2026-11-25T09:59:59Z"));
    long runsBefore = Long.parseLong(one("select count(*) from proactive_runs"));
    now.set(Instant.parse("2026-11-25T10:00:00Z"));
    CheckInReport onTime = checkIns.run(now.get());
    now.set(Instant.parse("2026-11-25T18:00:00Z"));
    CheckInReport later = runNow(checkIns);
    now.set(Instant.parse("2026-11-26T10:00:00Z"));
    CheckInReport nextDay = runNow(checkIns);

    assertThat(tooEarly).isEqualTo(CheckInReport.NONE);
    assertThat(runsBefore).isZero();
    assertThat(onTime).isEqualTo(new CheckInReport(1, 1, 1, 0));
    assertThat(later).isEqualTo(CheckInReport.NONE);
    assertThat(nextDay).isEqualTo(new CheckInReport(1, 0, 0, 0));
    assertThat(sender.personIds()).containsExactly(ann);
    assertThat(rows("select run_date || ' ' || sent from proactive_runs order by run_date"))
        .containsExactly("2026-11-25 1", "2026-11-26 0");
  }

  @Test
  void a_failing_model_falls_back_to_the_template_and_the_check_in_is_still_sent() {
    UUID org = organization("UTC", "{}");
    UUID ann = client(org, "Ann", "UTC", "email", "ann@example.com");
    date(org, ann, "Mom's birthday", TODAY.plusDays(3));
    CheckInComposer broken =
        context -> {
          throw new IllegalStateException("model timed out");
        };

    CheckInReport report = checkIns("i1", broken).run(START);

    assertThat(report.sent()).isEqualTo(1);
    assertThat(sender.sent())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.subject()).isEqualTo("Coming up: Mom's birthday in 3 days");
              assertThat(m.text())
                  .contains("Hi Ann", "Mom's birthday is in 3 days (Saturday, November 28)");
            });
    assertThat(one("select metadata_jsonb ->> 'composed_by' from messages")).isEqualTo("template");
  }

  @Test
  void a_working_model_words_the_check_in_and_is_recorded_as_its_author() {
    UUID org = organization("UTC", "{}");
    UUID ann = client(org, "Ann", "UTC", "email", "ann@example.com");
    date(org, ann, "Mom's birthday", TODAY.plusDays(3));
    CheckInComposer model =
        context ->
            new ComposedMessage(
                "Thinking of you",
                "Hi " + context.personName() + ", " + context.daysUntil(context.dates().get(0)),
                "claude-test");

    checkIns("i1", model).run(START);

    assertThat(sender.sent())
        .singleElement()
        .extracting(OutboundMessage::text)
        .isEqualTo("Hi Ann, 3");
    assertThat(one("select content || ' by ' || (metadata_jsonb ->> 'composed_by') from messages"))
        .isEqualTo("Hi Ann, 3 by claude-test");
  }

  @Test
  void the_organization_zone_decides_its_day_and_the_client_zone_decides_theirs() {
    // 15:00 UTC on the 25th is already the 26th in Tokyo
    UUID tokyo = organization("Asia/Tokyo", "{\"proactive_time\": \"00:30\"}");
    UUID aiko = client(tokyo, "Aiko", "Asia/Tokyo", "email", "aiko@example.com");
    date(tokyo, aiko, "Shrine visit", LocalDate.parse("2026-11-26"));
    UUID lou = client(tokyo, "Lou", "America/Los_Angeles", "email", "lou@example.com");
    date(tokyo, lou, "Thanksgiving dinner", LocalDate.parse("2026-11-26"));
    UUID ken = client(tokyo, "Ken", "Asia/Tokyo", "email", "ken@example.com");
    date(tokyo, ken, "Passed", LocalDate.parse("2026-11-25"));
    ProactiveCheckIns checkIns = checkIns("i1", null);

    CheckInReport atMidnightInTokyo = checkIns.run(Instant.parse("2026-11-25T15:00:00Z"));
    now.set(Instant.parse("2026-11-25T15:30:00Z"));
    CheckInReport atHalfPast = runNow(checkIns);

    assertThat(atMidnightInTokyo).isEqualTo(CheckInReport.NONE);
    assertThat(atHalfPast).isEqualTo(new CheckInReport(1, 2, 2, 0));
    assertThat(one("select run_date from proactive_runs where org_id = ?", tokyo))
        .isEqualTo("2026-11-26");
    assertThat(sender.sent())
        .extracting(m -> m.recipient() + ": " + m.subject())
        .containsExactlyInAnyOrder(
            "aiko@example.com: Coming up: Shrine visit today",
            "lou@example.com: Coming up: Thanksgiving dinner tomorrow");
  }

  @Test
  void a_failed_send_is_counted_and_not_recorded_so_the_client_is_tried_the_next_day() {
    UUID org = organization("UTC", "{}");
    UUID ann = client(org, "Ann", "UTC", "email", "ann@example.com");
    date(org, ann, "Mom's birthday", TODAY.plusDays(5));
    UUID bob = client(org, "Bob", "UTC", "email", "bob@example.com");
    date(org, bob, "Club renewal", TODAY.plusDays(6));
    RecordingSender bouncing =
        new RecordingSender(
            m ->
                m.personId().equals(bob)
                    ? new SendResult.PermanentFailure("rejected", "mailbox full")
                    : new SendResult.Delivered("ses-" + m.recipient()));

    CheckInReport first = checkIns("i1", null, bouncing, store).run(START);
    now.set(START.plus(Duration.ofDays(1)));
    CheckInReport second = checkIns("i1", null, bouncing, store).run(now.get());

    assertThat(first).isEqualTo(new CheckInReport(1, 2, 1, 1));
    assertThat(
            one(
                "select candidates || '/' || sent || '/' || failed from proactive_runs"
                    + " where run_date = '2026-11-25'"))
        .isEqualTo("2/1/1");
    assertThat(one("select external_message_id from messages")).isEqualTo("ses-ann@example.com");
    assertThat(second).isEqualTo(new CheckInReport(1, 1, 0, 1));
    assertThat(bouncing.personIds()).containsExactly(ann, bob, bob);
  }

  @Test
  void a_day_claimed_by_an_instance_that_died_is_not_run_again() {
    UUID org = organization("UTC", "{}");
    UUID ann = client(org, "Ann", "UTC", "email", "ann@example.com");
    date(org, ann, "Mom's birthday", TODAY.plusDays(5));
    assertThat(store.claimCheckInDay(org, TODAY, "died", START.minusSeconds(60))).isTrue();

    CheckInReport report = checkIns("i1", null).run(START);
    now.set(START.plus(Duration.ofDays(1)));
    CheckInReport nextDay = checkIns("i1", null).run(now.get());

    assertThat(report).isEqualTo(CheckInReport.NONE);
    assertThat(nextDay).isEqualTo(new CheckInReport(1, 1, 1, 0));
    assertThat(sender.personIds()).containsExactly(ann);
    assertThat(
            rows(
                "select run_date || ' ' || claimed_by || ' ' || (finished_at is null)"
                    + " from proactive_runs order by run_date"))
        .containsExactly("2026-11-25 died true", "2026-11-26 i1 false");
  }

  private CheckInReport runNow(ProactiveCheckIns checkIns) {
    return checkIns.run(now.get());
  }

  private ProactiveCheckIns checkIns(String instance, CheckInComposer model) {
    return checkIns(instance, model, sender, store);
  }

  private ProactiveCheckIns checkIns(
      String instance, CheckInComposer model, RecordingSender through, CheckInStore organizations) {
    return new ProactiveCheckIns(
        organizations,
        store,
        store,
        store,
        store,
        new Senders(List.of(through), through),
        model,
        clock,
        instance,
        CheckInSettings.DEFAULTS);
  }

  private CheckInReport runTogether(List<ProactiveCheckIns> instances) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(instances.size());
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<CheckInReport>> runs = new ArrayList<>();
      for (ProactiveCheckIns instance : instances) {
        runs.add(
            pool.submit(
                () -> {
                  go.await();
                  return instance.run(START);
                }));
      }
      go.countDown();
      CheckInReport total = CheckInReport.NONE;
      for (Future<CheckInReport> run : runs) {
        total = total.plus(run.get());
      }
      return total;
    } finally {
      pool.shutdownNow();
    }
  }

  private UUID organization(String zone, String settings) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    insert into organizations (name, default_timezone, settings_jsonb)
                    values ('Check-in org', :zone, cast(:settings as jsonb))
                    returning org_id
                    """)
                .bind("zone", zone)
                .bind("settings", settings)
                .mapTo(UUID.class)
                .one());
  }

  private UUID person(UUID org, String name, String type, String zone) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    insert into persons (org_id, full_name, preferred_name, person_type, timezone)
                    values (:org, :name || ' Person', :name, :type, :zone)
                    returning person_id
                    """)
                .bind("org", org)
                .bind("name", name)
                .bind("type", type)
                .bind("zone", zone)
                .mapTo(UUID.class)
                .one());
  }

  /** A client with a primary identity on {@code channel}. */
  private UUID client(UUID org, String name, String zone, String channel, String address) {
    UUID person = person(org, name, "client", zone);
    identity(org, person, channel, address, true);
    // a second, lesser route, so the choice of channel is tested too
    if (!channel.equals("web")) {
      identity(org, person, "web", "web-" + person, true);
    }
    return person;
  }

  private void identity(UUID org, UUID person, String channel, String value, boolean primary) {
    jdbi.useHandle(
        h ->
            h.execute(
                "insert into comm_identities (org_id, person_id, channel_type, identity_value,"
                    + " is_primary) values (?, ?, ?, ?, ?)",
                org,
                person,
                channel,
                value,
                primary));
  }

  private void date(UUID org, UUID person, String title, LocalDate next) {
    jdbi.useHandle(
        h ->
            h.execute(
                "insert into date_items (org_id, person_id, title, date_value, next_occurrence)"
                    + " values (?, ?, ?, ?, ?)",
                org,
                person,
                title,
                next,
                next));
  }

  /** A message in the person's conversation on {@code channel}, started for it. */
  private void message(UUID person, String channel, String direction, Instant at) {
    jdbi.useHandle(
        h -> {
          UUID conversation =
              h.createQuery(
                      """
                      insert into conversations (org_id, person_id, channel_type, last_message_at)
                      select org_id, person_id, :channel, :at from persons where person_id = :person
                      returning conversation_id
                      """)
                  .bind("channel", channel)
                  .bind("at", at.atOffset(ZoneOffset.UTC))
                  .bind("person", person)
                  .mapTo(UUID.class)
                  .one();
          h.createUpdate(
                  """
                  insert into messages (org_id, conversation_id, direction, sender_type, content,
                                        created_at)
                  select org_id, conversation_id, :direction,
                         case when :direction = 'inbound' then 'client' else 'staff' end,
                         'Hello', :at
                  from conversations where conversation_id = :conversation
                  """)
              .bind("direction", direction)
              .bind("at", at.atOffset(ZoneOffset.UTC))
              .bind("conversation", conversation)
              .execute();
        });
  }

  private List<String> rows(String sql, Object... args) {
    return jdbi.withHandle(h -> h.select(sql, bindable(args)).mapTo(String.class).list());
  }

  private String one(String sql, Object... args) {
    return jdbi.withHandle(h -> h.select(sql, bindable(args)).mapTo(String.class).one());
  }

  private static Object[] bindable(Object[] args) {
    Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof Instant instant) {
        out[i] = instant.atOffset(ZoneOffset.UTC);
      }
    }
    return out;
  }

  /** Accepts (or not) every message and remembers it. */
  private static final class RecordingSender implements MessageSender {
    private final List<OutboundMessage> sent = Collections.synchronizedList(new ArrayList<>());
    private final Function<OutboundMessage, SendResult> behaviour;

    RecordingSender(Function<OutboundMessage, SendResult> behaviour) {
      this.behaviour = behaviour;
    }

    List<OutboundMessage> sent() {
      synchronized (sent) {
        return List.copyOf(sent);
      }
    }

    List<UUID> personIds() {
      return sent().stream().map(OutboundMessage::personId).toList();
    }

    @Override
    public String provider() {
      return "test";
    }

    @Override
    public Set<ChannelType> channels() {
      return Set.of(ChannelType.values());
    }

    @Override
    public SendResult send(OutboundMessage message) {
      sent.add(message);
      return behaviour.apply(message);
    }
  }
}
