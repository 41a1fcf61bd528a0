package dev.concierge.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditQuery;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.conversations.MessageDirection;
import dev.concierge.core.errors.UnauthenticatedException;
import dev.concierge.core.frontdesk.ClientMessage;
import dev.concierge.core.frontdesk.FrontDeskReply;
import dev.concierge.core.frontdesk.UnknownContact;
import dev.concierge.core.health.ConnectionState;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.identities.NewCommIdentity;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.organization.OrganizationChanges;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.NewPerson;
import dev.concierge.core.reminders.NewReminder;
import dev.concierge.core.reminders.ReminderDelivery;
import dev.concierge.core.reminders.ReminderRule;
import dev.concierge.core.reminders.ReminderStatus;
import dev.concierge.core.reminders.ReminderType;
import dev.concierge.library.Concierge;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The front desk on the real Bolt SDK and Socket Mode client against {@link FakeSlack}, storing in
 * the real composition on the shared PostgreSQL, answered by a scripted {@code FrontDesk}.
 */
class SlackFrontDeskTest {
  private static final String BOT_TOKEN = "xoxb-front-desk-test";
  private static final String APP_TOKEN = "xapp-front-desk-test";
  private static final String SIGNING_SECRET = "the front desk test signs with this";
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final PageRequest ALL = new PageRequest(0, 50);
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private final List<ClientMessage> asked = new CopyOnWriteArrayList<>();
  private final String team = "T" + shortId();
  private final String sarahSlack = "U" + shortId();
  private FakeSlack slack;
  private SlackMessageSender sender;
  private Concierge concierge;
  private SlackFrontDesk desk;
  private Caller operator;
  private UUID sarah;

  @BeforeEach
  void start() throws Exception {
    slack = new FakeSlack(BOT_TOKEN, APP_TOKEN);
    sender = new SlackMessageSender(BOT_TOKEN, slack.methodsUrlPrefix());
    concierge =
        Concierge.builder()
            .database(SharedPostgres.migrated())
            .migrate(false)
            .sender(sender)
            .frontDesk(
                message -> {
                  asked.add(message);
                  return FrontDeskReply.fromAssistant(
                      "Of course, " + message.person().fullName() + ": the usual table is booked.");
                })
            .build();
    UUID org = TestOrganizations.create(SharedPostgres.migrated().jdbi(), "Slack front desk test");
    operator = Caller.operator(org, "slack front desk test");
    concierge
        .organization()
        .update(
            operator,
            new OrganizationChanges(
                FieldChange.unchanged(),
                FieldChange.unchanged(),
                FieldChange.to(Metadata.of(Map.of("slack_team_id", team)))));
    sarah = client(operator, "Sarah Chen", sarahSlack);
    desk =
        SlackFrontDesk.start(
            new SlackSettings(BOT_TOKEN, null, APP_TOKEN, SIGNING_SECRET),
            slack.methodsUrlPrefix(),
            concierge.frontDesk(),
            Clock.systemUTC());
    await().atMost(PATIENCE).until(() -> desk.state() == ConnectionState.CONNECTED);
  }

  @AfterEach
  void stop() throws Exception {
    desk.close();
    concierge.close();
    sender.close();
    slack.close();
  }

  @Test
  void a_dm_is_acknowledged_stored_answered_in_its_thread_and_the_answer_stored() {
    String envelope =
        slack.send("events_api", dm("Ev" + shortId(), "1700000001.000100", "Book the usual?"));

    settle(envelope, 1);

    FakeSlack.Call reply = slack.calls("chat.postMessage").get(0);
    assertThat(reply.authorization()).isEqualTo("Bearer " + BOT_TOKEN);
    assertThat(reply.form())
        .containsEntry("channel", dmChannel())
        .containsEntry("thread_ts", "1700000001.000100")
        .containsEntry("text", "Of course, Sarah Chen: the usual table is booked.");
    Conversation conversation = onlyConversation();
    assertThat(conversation.channelType()).isEqualTo(ChannelType.SLACK);
    assertThat(conversation.externalThreadId()).isEqualTo(dmChannel());
    List<Message> messages = messages(conversation);
    assertThat(messages)
        .extracting(Message::direction)
        .containsExactly(MessageDirection.INBOUND, MessageDirection.OUTBOUND);
    assertThat(messages.get(0).content()).isEqualTo("Book the usual?");
    assertThat(messages.get(0).externalMessageId()).isEqualTo("1700000001.000100");
    assertThat(messages.get(0).senderPersonId()).isEqualTo(sarah);
    assertThat(messages.get(1).externalMessageId()).isNotBlank();
    assertThat(asked)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.person().personId()).isEqualTo(sarah);
              assertThat(m.conversationId()).isEqualTo(conversation.conversationId());
              assertThat(m.message().messageId()).isEqualTo(messages.get(0).messageId());
            });
  }

  @Test
  void the_same_event_redelivered_is_acknowledged_and_still_answered_once() {
    String event = dm("Ev" + shortId(), "1700000002.000100", "Hello?");
    settle(slack.send("events_api", event), 1);

    String retry = slack.send("events_api", event, 1);
    settle(retry, 2);

    assertThat(slack.calls("chat.postMessage")).hasSize(1);
    assertThat(messages(onlyConversation())).hasSize(2);
    assertThat(asked).hasSize(1);
  }

  @Test
  void a_mention_in_a_channel_is_answered_in_its_thread_as_a_conversation_of_its_own() {
    String channel = "C" + shortId();
    String envelope =
        slack.send(
            "events_api",
            callback(
                "Ev" + shortId(),
                "{\"type\":\"app_mention\",\"user\":\""
                    + sarahSlack
                    + "\",\"text\":\"<@"
                    + FakeSlack.BOT_USER
                    + "> dinner for four on Friday\",\"ts\":\"1700000003.000100\",\"channel\":\""
                    + channel
                    + "\",\"event_ts\":\"1700000003.000100\"}"));

    settle(envelope, 1);

    assertThat(slack.calls("chat.postMessage").get(0).form())
        .containsEntry("channel", channel)
        .containsEntry("thread_ts", "1700000003.000100");
    Conversation conversation = onlyConversation();
    assertThat(conversation.externalThreadId()).isEqualTo(channel + ":1700000003.000100");
    assertThat(messages(conversation).get(0).content()).isEqualTo("dinner for four on Friday");
  }

  @Test
  void the_bots_own_messages_and_other_bots_are_acknowledged_and_ignored() {
    String own =
        slack.send(
            "events_api",
            callback(
                "Ev" + shortId(),
                "{\"type\":\"message\",\"channel_type\":\"im\",\"channel\":\""
                    + dmChannel()
                    + "\",\"user\":\""
                    + FakeSlack.BOT_USER
                    + "\",\"bot_id\":\""
                    + FakeSlack.BOT_ID
                    + "\",\"text\":\"Of course\",\"ts\":\"1700000004.000100\"}"));
    String another =
        slack.send(
            "events_api",
            callback(
                "Ev" + shortId(),
                "{\"type\":\"message\",\"subtype\":\"bot_message\",\"channel_type\":\"im\","
                    + "\"channel\":\""
                    + dmChannel()
                    + "\",\"bot_id\":\"B0OTHER\",\"text\":\"Beep\",\"ts\":\"1700000005.000100\"}"));

    await().atMost(PATIENCE).until(() -> slack.acknowledged(own) && slack.acknowledged(another));
    await().atMost(PATIENCE).until(() -> desk.handled() >= 1);

    assertThat(slack.calls("chat.postMessage")).isEmpty();
    assertThat(concierge.conversations().list(operator, sarah, ALL).items()).isEmpty();
  }

  @Test
  void an_unknown_slack_user_gets_a_polite_answer_and_is_listed_for_staff() {
    String stranger = "U" + shortId();
    String envelope =
        slack.send(
            "events_api",
            callback(
                "Ev" + shortId(),
                "{\"type\":\"message\",\"channel_type\":\"im\",\"channel\":\"D"
                    + stranger.substring(1)
                    + "\",\"user\":\""
                    + stranger
                    + "\",\"text\":\"Hi, who is this?\",\"ts\":\"1700000006.000100\"}"));

    settle(envelope, 1);

    assertThat(slack.calls("users.info").get(0).form()).containsEntry("user", stranger);
    assertThat(slack.calls("chat.postMessage").get(0).form().get("text"))
        .contains("not yet linked")
        .contains("concierge team");
    UnknownContact contact = concierge.unknownContacts().list(operator, ALL).items().get(0);
    assertThat(contact.identityValue()).isEqualTo(stranger);
    assertThat(contact.displayName()).isEqualTo("Sam Stranger");
    assertThat(contact.lastMessage()).isEqualTo("Hi, who is this?");
    assertThat(asked).isEmpty();
  }

  @Test
  void reminder_done_acknowledges_the_reminder_and_edits_its_message() {
    ReminderRule reminder = deliveredReminder(operator, sarah);
    FakeSlack.Call posted = slack.calls("chat.postMessage").get(0);
    assertThat(posted.form().get("blocks"))
        .contains("\"action_id\":\"reminder_done\"")
        .contains("\"action_id\":\"reminder_snooze_1d\"")
        .contains("\"action_id\":\"reminder_snooze_1w\"")
        .contains("\"value\":\"" + reminder.reminderRuleId() + "\"");
    String[] message = deliveredAs(reminder);

    settle(slack.send("interactive", press("reminder_done", reminder, message)), 1);

    FakeSlack.Call update = slack.calls("chat.update").get(0);
    assertThat(update.form()).containsEntry("channel", message[0]).containsEntry("ts", message[1]);
    assertThat(update.form().get("text")).contains("Marked done by <@" + sarahSlack + ">");
    assertThat(update.form().get("blocks")).doesNotContain("reminder_done");
    ReminderDelivery delivery = history(reminder).get(0);
    assertThat(delivery.acknowledgement()).isEqualTo("done");
    assertThat(delivery.acknowledgedBy()).isEqualTo(sarahSlack);
    assertThat(concierge.reminders().get(operator, reminder.reminderRuleId()).status())
        .isEqualTo(ReminderStatus.SENT);
    assertThat(audited(reminder)).contains(AuditAction.ACKNOWLEDGE);
  }

  @ParameterizedTest
  @CsvSource({"reminder_snooze_1d, 1", "reminder_snooze_1w, 7"})
  void a_snooze_schedules_it_again_that_many_days_later_at_the_same_local_time(
      String actionId, int days) {
    ReminderRule reminder = deliveredReminder(operator, sarah);
    String[] message = deliveredAs(reminder);
    Instant before = Instant.now();

    settle(slack.send("interactive", press(actionId, reminder, message)), 1);

    Instant after = Instant.now();
    ReminderRule snoozed = concierge.reminders().get(operator, reminder.reminderRuleId());
    assertThat(snoozed.status()).isEqualTo(ReminderStatus.PENDING);
    assertThat(snoozed.scheduledAt())
        .isBetween(
            before.atZone(NEW_YORK).plusDays(days).toInstant(),
            after.atZone(NEW_YORK).plusDays(days).toInstant());
    assertThat(history(reminder).get(0).acknowledgement())
        .isEqualTo(actionId.substring("reminder_".length()));
    assertThat(slack.calls("chat.update").get(0).form().get("text"))
        .contains("<@" + sarahSlack + "> asked to be reminded again on");
    assertThat(audited(reminder)).contains(AuditAction.SNOOZE);
  }

  @Test
  void a_press_for_another_organizations_reminder_changes_nothing_and_says_so() {
    UUID otherOrg = TestOrganizations.create(SharedPostgres.migrated().jdbi(), "Another org");
    Caller theirs = Caller.operator(otherOrg, "slack front desk test");
    ReminderRule reminder = deliveredReminder(theirs, client(theirs, "Tom Other", "U" + shortId()));
    String[] message = deliveredAs(theirs, reminder);

    settle(slack.send("interactive", press("reminder_done", reminder, message)), 1);

    assertThat(slack.calls("chat.update").get(0).form().get("text")).contains("Nothing changed");
    assertThat(
            concierge
                .reminders()
                .history(theirs, reminder.reminderRuleId(), ALL)
                .items()
                .get(0)
                .acknowledgedAt())
        .isNull();
  }

  @Test
  void a_dropped_connection_is_opened_again_and_a_stop_closes_it() {
    int opened = slack.calls("apps.connections.open").size();

    slack.dropConnections();

    await()
        .atMost(PATIENCE)
        .until(
            () ->
                slack.calls("apps.connections.open").size() > opened
                    && slack.connected()
                    && desk.state() == ConnectionState.CONNECTED);
    desk.close();
    await().atMost(PATIENCE).until(() -> !slack.connected());
    assertThat(desk.state()).isEqualTo(ConnectionState.OFF);
  }

  @Test
  void over_http_a_signed_url_verification_is_answered_with_its_challenge() {
    SlackHttpReply reply =
        desk.receive(
            signed(
                body(
                    "{\"token\":\"x\",\"challenge\":\"3eZbrw1aB\",\"type\":\"url_verification\"}")),
            body("{\"token\":\"x\",\"challenge\":\"3eZbrw1aB\",\"type\":\"url_verification\"}"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("text/plain");
    assertThat(reply.body()).isEqualTo("3eZbrw1aB");
  }

  @Test
  void over_http_an_unsigned_wrongly_signed_or_stale_request_is_refused_and_not_handled() {
    byte[] event = body(dm("Ev" + shortId(), "1700000010.000100", "Hello?"));
    SlackSignatures other = new SlackSignatures("not our secret");
    String now = Long.toString(Instant.now().getEpochSecond());
    String stale = Long.toString(Instant.now().minusSeconds(360).getEpochSecond());
    SlackSignatures ours = new SlackSignatures(SIGNING_SECRET);

    for (Map<String, String> headers :
        List.of(
            Map.<String, String>of(),
            Map.of(
                SlackSignatures.TIMESTAMP, now, SlackSignatures.SIGNATURE, other.sign(now, event)),
            Map.of(
                SlackSignatures.TIMESTAMP,
                stale,
                SlackSignatures.SIGNATURE,
                ours.sign(stale, event)))) {
      assertThatThrownBy(() -> desk.receive(headers, event))
          .isInstanceOf(UnauthenticatedException.class);
    }
    assertThat(desk.handled()).isZero();
    assertThat(concierge.conversations().list(operator, sarah, ALL).items()).isEmpty();
  }

  @Test
  void over_http_a_signed_dm_and_a_signed_button_press_feed_the_same_handlers() {
    byte[] event = body(dm("Ev" + shortId(), "1700000011.000100", "Book the usual?"));
    ReminderRule reminder = deliveredReminder(operator, sarah);
    byte[] pressed =
        body(
            "payload="
                + URLEncoder.encode(
                    press("reminder_done", reminder, deliveredAs(reminder)),
                    StandardCharsets.UTF_8));

    SlackHttpReply acked = desk.receive(signed(event), event);
    SlackHttpReply pressAcked = desk.receive(signed(pressed), pressed);

    assertThat(acked.status()).isEqualTo(200);
    assertThat(pressAcked.status()).isEqualTo(200);
    await().atMost(PATIENCE).until(() -> desk.handled() >= 2);
    assertThat(messages(onlyConversation())).hasSize(2);
    assertThat(history(reminder).get(0).acknowledgement()).isEqualTo("done");
    assertThat(slack.calls("chat.update")).hasSize(1);
  }

  /** Waits until Slack had the envelope acknowledged and the desk finished {@code handled} ones. */
  private void settle(String envelope, int handled) {
    await().atMost(PATIENCE).until(() -> slack.acknowledged(envelope));
    await().atMost(PATIENCE).until(() -> desk.handled() >= handled);
  }

  private UUID client(Caller caller, String name, String slackUser) {
    UUID person = concierge.persons().create(caller, NewPerson.client(name, NEW_YORK)).personId();
    concierge
        .commIdentities()
        .add(caller, person, NewCommIdentity.primary(ChannelType.SLACK, slackUser));
    return person;
  }

  /** A reminder of the person's due a minute ago, delivered to their Slack DM by the dispatcher. */
  private ReminderRule deliveredReminder(Caller caller, UUID person) {
    ReminderRule reminder =
        concierge
            .reminders()
            .create(
                caller,
                new NewReminder(
                    person,
                    null,
                    ReminderType.SCHEDULED,
                    null,
                    Instant.now().minusSeconds(60),
                    null,
                    null,
                    Metadata.of(Map.of("notes", "Call the florist"))));
    concierge.dispatcher().dispatchUntilIdle();
    return reminder;
  }

  private String[] deliveredAs(ReminderRule reminder) {
    return deliveredAs(operator, reminder);
  }

  /** The channel and ts of the message the reminder was delivered as. */
  private String[] deliveredAs(Caller caller, ReminderRule reminder) {
    return concierge
        .reminders()
        .history(caller, reminder.reminderRuleId(), ALL)
        .items()
        .get(0)
        .providerMessageId()
        .split(":");
  }

  private List<ReminderDelivery> history(ReminderRule reminder) {
    return concierge.reminders().history(operator, reminder.reminderRuleId(), ALL).items();
  }

  private List<AuditAction> audited(ReminderRule reminder) {
    return concierge
        .auditLog()
        .list(
            operator,
            new AuditQuery(
                EntityType.REMINDER, reminder.reminderRuleId(), null, null, null, null, null),
            ALL)
        .items()
        .stream()
        .map(AuditEntry::action)
        .toList();
  }

  private Conversation onlyConversation() {
    List<Conversation> conversations = concierge.conversations().list(operator, sarah, ALL).items();
    assertThat(conversations).hasSize(1);
    return conversations.get(0);
  }

  private List<Message> messages(Conversation conversation) {
    return concierge.conversations().messages(operator, conversation.conversationId(), ALL).items();
  }

  private String dmChannel() {
    return "D" + sarahSlack.substring(1);
  }

  private String dm(String eventId, String ts, String text) {
    return callback(
        eventId,
        "{\"type\":\"message\",\"channel_type\":\"im\",\"channel\":\""
            + dmChannel()
            + "\",\"user\":\""
            + sarahSlack
            + "\",\"text\":\""
            + text
            + "\",\"ts\":\""
            + ts
            + "\",\"event_ts\":\""
            + ts
            + "\"}");
  }

  /** An Events API callback of the test's workspace. */
  private String callback(String eventId, String event) {
    return "{\"token\":\"verification\",\"team_id\":\""
        + team
        + "\",\"api_app_id\":\"A0FAKE\",\"event\":"
        + event
        + ",\"type\":\"event_callback\",\"event_id\":\""
        + eventId
        + "\",\"event_time\":1700000000}";
  }

  /** Sarah pressing a button under the message {@code message} (channel, ts) of the reminder. */
  private String press(String actionId, ReminderRule reminder, String[] message) {
    return "{\"type\":\"block_actions\",\"team\":{\"id\":\""
        + team
        + "\",\"domain\":\"fake\"},\"user\":{\"id\":\""
        + sarahSlack
        + "\",\"username\":\"sarah\",\"name\":\"sarah\",\"team_id\":\""
        + team
        + "\"},\"api_app_id\":\"A0FAKE\",\"token\":\"verification\",\"container\":{\"type\":"
        + "\"message\",\"message_ts\":\""
        + message[1]
        + "\",\"channel_id\":\""
        + message[0]
        + "\",\"is_ephemeral\":false},\"trigger_id\":\"1.2.3\",\"channel\":{\"id\":\""
        + message[0]
        + "\",\"name\":\"directmessage\"},\"message\":{\"type\":\"message\",\"text\":"
        + "\"Call the florist\",\"ts\":\""
        + message[1]
        + "\",\"bot_id\":\""
        + FakeSlack.BOT_ID
        + "\"},\"actions\":[{\"action_id\":\""
        + actionId
        + "\",\"block_id\":\"reminder_answer\",\"value\":\""
        + reminder.reminderRuleId()
        + "\",\"type\":\"button\",\"action_ts\":\"1700000009.000001\",\"text\":{\"type\":"
        + "\"plain_text\",\"text\":\"Done\"}}]}";
  }

  /** The headers Slack signs {@code body} with, now. */
  private static Map<String, String> signed(byte[] body) {
    String now = Long.toString(Instant.now().getEpochSecond());
    return Map.of(
        SlackSignatures.TIMESTAMP,
        now,
        SlackSignatures.SIGNATURE,
        new SlackSignatures(SIGNING_SECRET).sign(now, body),
        "content-type",
        new String(body, StandardCharsets.UTF_8).startsWith("payload=")
            ? "application/x-www-form-urlencoded"
            : "application/json");
  }

  private static byte[] body(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String shortId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
  }
}
