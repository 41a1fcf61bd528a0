package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.conversations.MessageDirection;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.proactive.CheckInCandidate;
import dev.concierge.core.proactive.CheckInOrganization;
import dev.concierge.core.proactive.CheckInReport;
import dev.concierge.core.proactive.CheckInRun;
import dev.concierge.core.proactive.CheckInSettings;
import dev.concierge.core.proactive.CheckInStore;
import dev.concierge.core.proactive.CheckInStoreContract;
import dev.concierge.core.proactive.ProactiveCheckIns;
import dev.concierge.core.proactive.SentCheckIn;
import dev.concierge.core.testing.RecordingSender;
import dev.concierge.persistence.testing.SharedPostgres;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The check-in store's contract on PostgreSQL, and the daily check-in of three instances at once on
 * it: once per cluster and day, to the right clients only. Each test has a database of its own,
 * since a run covers every organization there is.
 */
class JdbiCheckInStoreTest extends CheckInStoreContract {
  private static final Instant START = NOW;

  private final RecordingSender sender = RecordingSender.accepting();
  private final PostgresDatabase database =
      PostgresDatabase.open(SharedPostgres.freshDatabase(), PoolSettings.DEFAULT);
  private final Jdbi jdbi = database.jdbi();
  private final JdbiCheckInStore store = new JdbiCheckInStore(jdbi);

  @BeforeEach
  void quietEarlierOrganizations() {
    // the seeded organization and the contract's would otherwise take part in every run and count
    // in every report of the runs below
    jdbi.useHandle(
        h ->
            h.execute(
                "update organizations set settings_jsonb = '{\"proactive_enabled\": false}'"));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Override
  protected CheckInStore store() {
    return store;
  }

  @Override
  protected UUID newOrganization(ZoneId zone, Metadata settings) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    insert into organizations (name, default_timezone, settings_jsonb)
                    values ('Check-in org', :zone, :settings)
                    returning org_id
                    """)
                .bind("zone", zone)
                .bind("settings", settings)
                .mapTo(UUID.class)
                .one());
  }

  @Override
  protected UUID newClient(
      UUID orgId, String name, ZoneId zone, ChannelType channel, String address) {
    return client(orgId, name, zone.getId(), channel.wireName(), address);
  }

  @Override
  protected void addDate(UUID orgId, UUID personId, String title, LocalDate next) {
    date(orgId, personId, title, next);
  }

  @Override
  protected void addMessage(UUID orgId, UUID personId, MessageDirection direction, Instant at) {
    message(personId, "email", direction.wireName(), at);
  }

  @Override
  protected String finishedRun(UUID orgId, LocalDate runDate) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "select candidates || '/' || sent || '/' || failed from proactive_runs"
                        + " where org_id = :org and run_date = :runDate and finished_at is not null")
                .bind("org", orgId)
                .bind("runDate", runDate)
                .mapTo(String.class)
                .findOne()
                .orElse(null));
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
          public List<CheckInOrganization> organizations() {
            List<CheckInOrganization> organizations = store.organizations();
            try {
              allListed.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
            return organizations;
          }

          @Override
          public boolean claim(CheckInRun run, Instant startedAt) {
            return store.claim(run, startedAt);
          }

          @Override
          public List<CheckInCandidate> candidates(
              UUID orgId, Instant now, CheckInSettings settings) {
            return store.candidates(orgId, now, settings);
          }

          @Override
          public void record(SentCheckIn checkIn) {
            store.record(checkIn);
          }

          @Override
          public void finish(CheckInRun run, Instant finishedAt, CheckInReport report) {
            store.finish(run, finishedAt, report);
          }
        };

    CheckInReport total =
        runTogether(
            List.of(
                checkIns("i1", listedTogether),
                checkIns("i2", listedTogether),
                checkIns("i3", listedTogether)));

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

  private ProactiveCheckIns checkIns(String instance, CheckInStore through) {
    return new ProactiveCheckIns(
        through,
        sender.alone(),
        null,
        Clock.fixed(START, ZoneOffset.UTC),
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
}
