package dev.concierge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.dates.NewDateItem;
import dev.concierge.core.digest.DigestPeriod;
import dev.concierge.core.digest.DigestReport;
import dev.concierge.core.digest.DigestSettingsInput;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.persons.NewPerson;
import dev.concierge.core.persons.PersonType;
import dev.concierge.core.projects.NewProject;
import dev.concierge.core.projects.NewTask;
import dev.concierge.core.reminders.NewReminder;
import dev.concierge.core.reminders.ReminderType;
import dev.concierge.core.time.LeapDayPolicy;
import dev.concierge.library.Concierge;
import dev.concierge.persistence.JdbiDigestStore;
import dev.concierge.persistence.PoolSettings;
import dev.concierge.persistence.PostgresDatabase;
import dev.concierge.persistence.testing.MovableClock;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import dev.concierge.ses.FakeSes;
import dev.concierge.ses.SesMessageSender;
import dev.concierge.ses.SesSettings;
import dev.concierge.slack.FakeSlack;
import dev.concierge.slack.SlackMessageSender;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff digests sent by two instances of the service on one database, through the real SES and
 * Slack senders to fakes at the wire, with a clock the test moves: on time in the staff member's
 * zone across the change to summer time, once per period however many instances and passes, and
 * only with the staff member's own organization's clients. London moves to BST on Sunday 29 March
 * 2026 at 01:00 UTC.
 */
class StaffDigestDeliveryTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOT_TOKEN = "xoxb-digest-test";
  private static final UUID ORG = Organization.DEFAULT_ID;

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-03-27T12:00:00Z"));
  private PostgresDatabase database;
  private FakeSes ses;
  private FakeSlack slack;
  private SesMessageSender email;
  private SlackMessageSender slackSender;
  private Concierge first;
  private Concierge second;
  private UUID otherOrg;

  @BeforeEach
  void start() throws Exception {
    database = PostgresDatabase.open(SharedPostgres.freshDatabase(), PoolSettings.DEFAULT);
    ses = new FakeSes();
    slack = new FakeSlack(BOT_TOKEN, "xapp-digest-test");
    email =
        SesMessageSender.builder(
                new SesSettings("AKIDTESTKEY", "test-secret", "us-east-1", "concierge@example.com"))
            .endpointOverride(ses.endpoint())
            .callTimeout(Duration.ofSeconds(30))
            .build();
    slackSender =
        new SlackMessageSender(BOT_TOKEN, slack.methodsUrlPrefix(), Duration.ofSeconds(30));
    first = instance("first");
    second = instance("second");
    otherOrg = TestOrganizations.create(database.jdbi(), "Other agency");
    clients();
  }

  @AfterEach
  void stop() {
    first.close();
    second.close();
    email.close();
    slackSender.close();
    slack.close();
    ses.close();
    database.close();
  }

  @Test
  void a_daily_digest_at_eight_in_london_goes_once_per_day_on_time_across_the_clocks_change() {
    UUID cleo = account(ORG, "cleo@example.com", ApiRole.CONCIERGE);
    enable(ORG, cleo, ApiRole.CONCIERGE, "daily", null, "08:00", "Europe/London", "email", null);
    failOneReminderOf("Robert Miles");

    at("2026-03-28T07:59:00Z");
    DigestReport early = first.digests().sendDue();
    at("2026-03-28T08:00:00Z");
    ses.acceptWithMessageId("ses-1");
    DigestReport onTime = first.digests().sendDue();
    DigestReport again = first.digests().sendDue();
    DigestReport otherInstance = second.digests().sendDue();
    at("2026-03-29T06:59:00Z"); // 07:59 in summer time
    DigestReport earlyInSummer = first.digests().sendDue();
    at("2026-03-29T07:00:00Z"); // 08:00 in summer time
    ses.acceptWithMessageId("ses-2");
    List<DigestReport> bothAtOnce = concurrently(first, second);
    at("2026-03-30T07:00:00Z");
    ses.acceptWithMessageId("ses-3");
    List<DigestReport> nextDay = concurrently(first, second);

    assertThat(early.claimed()).isZero();
    assertThat(onTime.sent()).isEqualTo(1);
    assertThat(again.claimed()).isZero();
    assertThat(otherInstance.claimed()).isZero();
    assertThat(earlyInSummer.claimed()).isZero();
    assertThat(bothAtOnce.stream().mapToLong(DigestReport::sent).sum()).isEqualTo(1);
    assertThat(nextDay.stream().mapToLong(DigestReport::sent).sum()).isEqualTo(1);
    assertThat(ses.requests()).hasSize(3);
    JsonNode sent = body(ses.requests().get(0));
    assertThat(sent.at("/Destination/ToAddresses/0").asText()).isEqualTo("cleo@example.com");
    assertThat(sent.at("/Content/Simple/Subject/Data").asText())
        .isEqualTo(
            "Your digest for Saturday 28 March: 1 date, 1 reminder due, 0 failed, 1 open task");
    String text = sent.at("/Content/Simple/Body/Text/Data").asText();
    assertThat(text)
        .contains("Hello cleo@example.com, here is the next 7 days for your clients.")
        .contains("Dates (1)\n• Mon 30 Mar — Sarah Chen: Mum's birthday (in 2 days)")
        .contains("Reminders due (1)\n• Sun 29 Mar 09:00 — Sarah Chen: Mum's birthday, by email")
        .contains("Open tasks (1)\n• Sarah Chen — Spring party: Order flowers (due Wed 1 Apr)")
        .doesNotContain("Robert")
        .doesNotContain("Olga");
    assertThat(sent.at("/Content/Simple/Body/Html/Data").asText())
        .contains("<p>Dates (1)<br>")
        .contains("Mum&#39;s birthday");
    assertThat(body(ses.requests().get(1)).at("/Content/Simple/Subject/Data").asText())
        .startsWith("Your digest for Sunday 29 March");
    assertThat(body(ses.requests().get(2)).at("/Content/Simple/Subject/Data").asText())
        .startsWith("Your digest for Monday 30 March");
  }

  @Test
  void a_weekly_digest_goes_only_on_its_weekday_to_slack_with_every_client_for_an_admin() {
    UUID ada = account(ORG, "ada@example.com", ApiRole.ADMIN);
    enable(
        ORG, ada, ApiRole.ADMIN, "weekly", "monday", "09:00", "America/New_York", "slack", "U0ADA");
    failOneReminderOf("Robert Miles");

    long sentBeforeMonday = 0;
    for (String day : List.of("2026-03-27", "2026-03-28", "2026-03-29")) {
      at(day + "T13:30:00Z");
      sentBeforeMonday += first.digests().sendDue().claimed();
    }
    at("2026-03-30T13:00:00Z"); // Monday, 09:00 in New York
    DigestReport monday = first.digests().sendDue();
    at("2026-03-31T13:00:00Z");
    DigestReport tuesday = first.digests().sendDue();

    assertThat(sentBeforeMonday).isZero();
    assertThat(monday.sent()).isEqualTo(1);
    assertThat(tuesday.claimed()).isZero();
    List<FakeSlack.Call> posts = slack.calls("chat.postMessage");
    assertThat(posts).hasSize(1);
    assertThat(posts.get(0).form().get("channel")).isEqualTo("U0ADA");
    assertThat(posts.get(0).form().get("text"))
        .contains("here is the next 7 days across every client.")
        .contains("*Dates (2)*")
        .contains("Sarah Chen: Mum's birthday")
        .contains("Robert Miles: Robert's birthday")
        .contains("*Failed reminders (1)*")
        .contains("*Open tasks (1)*")
        .doesNotContain("Olga");
  }

  @Test
  void a_disabled_digest_is_never_sent_and_one_with_nothing_to_say_is_skipped() {
    UUID dan = account(ORG, "dan@example.com", ApiRole.CONCIERGE);
    enable(ORG, dan, ApiRole.CONCIERGE, "daily", null, "08:00", "Europe/London", "email", null);
    first
        .digests()
        .update(
            Caller.account(dan, ORG, "dan", ApiRole.CONCIERGE),
            new DigestSettingsInput(false, null, null, null, null, null, null, null, null));
    // a concierge with no project assigned has no clients, hence nothing to say
    UUID eve = account(ORG, "eve@example.com", ApiRole.CONCIERGE);
    enable(ORG, eve, ApiRole.CONCIERGE, "daily", null, "08:00", "Europe/London", "email", null);

    at("2026-03-28T09:00:00Z");
    DigestReport report = first.digests().sendDue();
    DigestReport again = second.digests().sendDue();

    assertThat(report.empty()).isEqualTo(1);
    assertThat(report.sent()).isZero();
    assertThat(again.claimed()).isZero();
    assertThat(ses.requests()).isEmpty();
  }

  @Test
  void an_admin_of_another_organization_gets_only_its_own_clients() {
    UUID olga = account(otherOrg, "olga@example.com", ApiRole.ADMIN);
    enable(otherOrg, olga, ApiRole.ADMIN, "daily", null, "08:00", "Europe/Paris", "email", null);

    at("2026-03-28T07:00:00Z"); // 08:00 in Paris
    ses.acceptWithMessageId("ses-olga");
    DigestReport report = first.digests().sendDue();

    assertThat(report.sent()).isEqualTo(1);
    String text = body(ses.requests().get(0)).at("/Content/Simple/Body/Text/Data").asText();
    assertThat(text)
        .contains("Olga Other: Olga's name day")
        .doesNotContain("Sarah")
        .doesNotContain("Robert");
  }

  @Test
  void a_digest_claimed_by_an_instance_that_died_is_sent_once_its_lease_runs_out() {
    UUID cleo = account(ORG, "cleo@example.com", ApiRole.CONCIERGE);
    enable(ORG, cleo, ApiRole.CONCIERGE, "daily", null, "08:00", "Europe/London", "email", null);
    Instant eight = Instant.parse("2026-03-28T08:00:00Z");
    at("2026-03-28T08:00:00Z");
    // what an instance killed between claiming and sending leaves behind
    assertThat(
            new JdbiDigestStore(database.jdbi())
                .claim(
                    ORG,
                    cleo,
                    new DigestPeriod(LocalDate.of(2026, 3, 28), eight),
                    "killed",
                    eight.plus(Duration.ofMinutes(10)),
                    eight,
                    3))
        .isPresent();

    DigestReport whileLeased = first.digests().sendDue();
    at("2026-03-28T08:10:00Z");
    ses.acceptWithMessageId("ses-late");
    DigestReport afterLease = first.digests().sendDue();
    DigestReport again = second.digests().sendDue();

    assertThat(whileLeased.claimed()).isZero();
    assertThat(afterLease.sent()).isEqualTo(1);
    assertThat(again.claimed()).isZero();
    assertThat(ses.requests()).hasSize(1);
  }

  private Concierge instance(String id) {
    return Concierge.builder()
        .database(database)
        .migrate(false)
        .clock(new MovableClock(now))
        .sender(email)
        .sender(slackSender)
        .dispatcherId(id)
        .build();
  }

  /** Sarah (London) is Cleo's client through her project; Robert (New York) is nobody's. */
  private void clients() {
    Caller operator = Caller.operator(ORG, "test");
    UUID sarah = client(ORG, "Sarah Chen", "Europe/London");
    date(ORG, sarah, "Mum's birthday", LocalDate.of(1950, 3, 30), 1);
    UUID robert = client(ORG, "Robert Miles", "America/New_York");
    date(ORG, robert, "Robert's birthday", LocalDate.of(1970, 4, 2), 10);
    UUID olga = client(otherOrg, "Olga Other", "Europe/Paris");
    date(otherOrg, olga, "Olga's name day", LocalDate.of(1990, 3, 29), 1);
    first
        .projects()
        .create(
            operator, new NewProject(robert, "Boat renewal", null, null, null, null, null, null));
    project =
        first
            .projects()
            .create(
                operator, new NewProject(sarah, "Spring party", null, null, null, null, null, null))
            .projectId();
    first
        .projects()
        .addTask(
            operator,
            project,
            new NewTask("Order flowers", null, null, null, LocalDate.of(2026, 4, 1), null));
  }

  private UUID project;

  private UUID client(UUID org, String name, String zone) {
    return first
        .persons()
        .create(
            Caller.operator(org, "test"),
            new NewPerson(name, null, PersonType.CLIENT, null, ZoneId.of(zone), null))
        .personId();
  }

  private void date(UUID org, UUID person, String title, LocalDate date, int leadDays) {
    first
        .dateItems()
        .create(
            Caller.operator(org, "test"),
            new NewDateItem(
                person,
                null,
                null,
                title,
                date,
                "FREQ=YEARLY",
                LeapDayPolicy.FEB_28,
                null,
                null,
                List.of(
                    new NewReminder(
                        null,
                        null,
                        ReminderType.LEAD_TIME,
                        leadDays,
                        null,
                        ChannelType.EMAIL,
                        null,
                        null))));
  }

  /**
   * A staff account; assigning Sarah's project to a concierge makes her that concierge's client.
   */
  private UUID account(UUID org, String address, ApiRole role) {
    UUID id =
        database
            .jdbi()
            .withHandle(
                handle ->
                    handle
                        .createQuery(
                            "insert into accounts (org_id, email, display_name, role)"
                                + " values (:org, :email, :email, :role) returning account_id")
                        .bind("org", org)
                        .bind("email", address)
                        .bind("role", role.wireName())
                        .mapTo(UUID.class)
                        .one());
    if (address.startsWith("cleo")) {
      database
          .jdbi()
          .useHandle(
              handle ->
                  handle.execute(
                      "update projects set assigned_to_account_id = ? where project_id = ?",
                      id,
                      project));
    }
    return id;
  }

  private void enable(
      UUID org,
      UUID account,
      ApiRole role,
      String frequency,
      String weekday,
      String time,
      String zone,
      String channel,
      String slackUser) {
    first
        .digests()
        .update(
            Caller.account(account, org, "staff", role),
            new DigestSettingsInput(
                true, frequency, weekday, time, zone, channel, null, slackUser, null));
  }

  private void failOneReminderOf(String personName) {
    database
        .jdbi()
        .useHandle(
            handle ->
                handle.execute(
                    "update reminder_rules set failed_at = ? where person_id ="
                        + " (select person_id from persons where full_name = ?)",
                    java.sql.Timestamp.from(Instant.parse("2026-03-26T10:00:00Z")),
                    personName));
  }

  private void at(String instant) {
    now.set(Instant.parse(instant));
  }

  private static List<DigestReport> concurrently(Concierge a, Concierge b) {
    CompletableFuture<DigestReport> one = CompletableFuture.supplyAsync(a.digests()::sendDue);
    CompletableFuture<DigestReport> two = CompletableFuture.supplyAsync(b.digests()::sendDue);
    return List.of(one.join(), two.join());
  }

  private static JsonNode body(FakeSes.Recorded request) {
    try {
      return JSON.readTree(request.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
