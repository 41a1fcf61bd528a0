package dev.concierge.claude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.concierge.core.errors.ConfigurationException;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.reminders.delivery.ComposedMessage;
import dev.concierge.core.reminders.delivery.ReminderContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClaudeReminderComposerTest {
  private static final String KEY = "sk-ant-api03-test-key-do-not-leak";
  private static final String MODEL = "claude-sonnet-4-5";
  private static final String SNAPSHOT = "claude-sonnet-4-5-20250929";
  // Generous: the first call in a JVM pays for the SDK's warm-up, which must not look like a hang.
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Duration SHORT_TIMEOUT = Duration.ofMillis(500);

  private static final ReminderContext MOMS_BIRTHDAY =
      new ReminderContext(
          "Ada",
          ZoneId.of("Europe/Berlin"),
          ChannelType.EMAIL,
          "Mom's birthday",
          "Birthday",
          LocalDate.of(2026, 3, 14),
          3,
          "She loves tulips",
          "Grace");

  private FakeAnthropic fake;
  private ClaudeReminderComposer composer;

  @BeforeEach
  void start() throws IOException {
    fake = FakeAnthropic.start();
    composer = new ClaudeReminderComposer(new ClaudeSettings(KEY, MODEL), fake.baseUrl(), TIMEOUT);
  }

  @AfterEach
  void stop() {
    composer.close();
    fake.close();
  }

  @Test
  void sends_one_messages_request_with_the_key_the_model_the_rules_and_the_facts() {
    fake.answersText(SNAPSHOT, "Mom's birthday is coming\n\nHi Ada, ...");

    composer.compose(MOMS_BIRTHDAY);

    assertThat(fake.received()).hasSize(1);
    FakeAnthropic.Received request = fake.received().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/v1/messages");
    assertThat(request.credential()).isEqualTo(KEY);
    assertThat(request.header("anthropic-version")).isNotBlank();
    Map<String, Object> json = request.json();
    assertThat(json)
        .containsEntry("model", MODEL)
        .hasEntrySatisfying("max_tokens", tokens -> assertThat(tokens.toString()).isEqualTo("400"));
    assertThat((String) json.get("system"))
        .contains("personal concierge", "by email", "no markdown", "never invent");
    List<?> messages = (List<?>) json.get("messages");
    assertThat(messages).hasSize(1);
    Map<?, ?> user = (Map<?, ?>) messages.get(0);
    assertThat(user.get("role")).isEqualTo("user");
    assertThat((String) user.get("content"))
        .contains(
            "Client: Ada",
            "Occasion: Mom's birthday",
            "Category: Birthday",
            "about: Grace",
            "Date: 2026-03-14 (Saturday)",
            "Days left: 3",
            "Notes: She loves tulips");
  }

  @Test
  void the_reply_becomes_subject_and_body_composed_by_the_answering_model() {
    fake.answersText(
        SNAPSHOT,
        "Mom's birthday in 3 days\n\nHi Ada, Mom's birthday is on Saturday, 14 March."
            + "\nShe loves tulips.");

    ComposedMessage message = composer.compose(MOMS_BIRTHDAY);

    assertThat(message.subject()).isEqualTo("Mom's birthday in 3 days");
    assertThat(message.text())
        .isEqualTo("Hi Ada, Mom's birthday is on Saturday, 14 March.\nShe loves tulips.");
    assertThat(message.composedBy()).isEqualTo(SNAPSHOT);
  }

  @Test
  void a_slack_reminder_is_asked_for_in_slack_style() {
    fake.answersText(SNAPSHOT, "Mom's birthday\n\n*Mom's birthday* is in 3 days.");
    ReminderContext onSlack =
        new ReminderContext(
            "Ada",
            ZoneId.of("UTC"),
            ChannelType.SLACK,
            "Mom's birthday",
            null,
            LocalDate.of(2026, 3, 14),
            3,
            null,
            null);

    ComposedMessage message = composer.compose(onSlack);

    assertThat((String) fake.received().get(0).json().get("system")).contains("Slack", "*bold*");
    assertThat(message.text()).isEqualTo("*Mom's birthday* is in 3 days.");
  }

  @Test
  void overloaded_fails_at_once_without_a_retry() {
    fake.answersError(529, "overloaded_error", "Overloaded").answersText(SNAPSHOT, "S\n\nB");

    assertThatThrownBy(() -> composer.compose(MOMS_BIRTHDAY))
        .isInstanceOf(ComposerUnavailableException.class)
        .hasMessageContaining("529")
        .hasMessageContaining("overloaded_error")
        .hasMessageContaining("Overloaded")
        .hasMessageContaining("req_fake_1");
    assertThat(fake.received()).hasSize(1);
  }

  @Test
  void a_server_error_fails_at_once_without_a_retry() {
    fake.answersError(500, "api_error", "Internal server error").answersText(SNAPSHOT, "S\n\nB");

    assertThatThrownBy(() -> composer.compose(MOMS_BIRTHDAY))
        .isInstanceOf(ComposerUnavailableException.class)
        .hasMessageContaining("500")
        .hasMessageContaining("api_error");
    assertThat(fake.received()).hasSize(1);
  }

  @Test
  void a_rejected_key_fails_and_the_key_appears_nowhere_even_when_the_server_echoes_it() {
    fake.answersError(401, "authentication_error", "invalid x-api-key " + KEY);

    assertThatThrownBy(() -> composer.compose(MOMS_BIRTHDAY))
        .isInstanceOf(ComposerUnavailableException.class)
        .hasMessageContaining("401")
        .hasMessageContaining("authentication_error")
        .satisfies(e -> KeyAbsence.assertNotIn(e, KEY));
    assertThat(fake.received()).hasSize(1);
  }

  @Test
  void a_server_that_never_answers_fails_within_the_configured_timeout() {
    fake.neverAnswers();
    try (ClaudeReminderComposer impatient =
        new ClaudeReminderComposer(new ClaudeSettings(KEY, MODEL), fake.baseUrl(), SHORT_TIMEOUT)) {
      // The bound only catches a composer that waits on the SDK's minutes-long default.
      assertTimeoutPreemptively(
          Duration.ofSeconds(10),
          () ->
              assertThatThrownBy(() -> impatient.compose(MOMS_BIRTHDAY))
                  .isInstanceOf(ComposerUnavailableException.class)
                  .hasMessageContaining("did not answer within " + SHORT_TIMEOUT)
                  .satisfies(e -> KeyAbsence.assertNotIn(e, KEY)));
    }
  }

  @Test
  void an_unreachable_server_fails_without_waiting() throws IOException {
    String closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = "http://127.0.0.1:" + socket.getLocalPort();
    }
    try (ClaudeReminderComposer unreachable =
        new ClaudeReminderComposer(new ClaudeSettings(KEY, MODEL), closedPort, TIMEOUT)) {
      assertThatThrownBy(() -> unreachable.compose(MOMS_BIRTHDAY))
          .isInstanceOf(ComposerUnavailableException.class)
          .satisfies(e -> KeyAbsence.assertNotIn(e, KEY));
    }
  }

  @Test
  void a_blank_reply_fails() {
    fake.answersText(SNAPSHOT, "  \n ");

    assertThatThrownBy(() -> composer.compose(MOMS_BIRTHDAY))
        .isInstanceOf(ComposerUnavailableException.class);
  }

  @Test
  void a_reply_without_text_content_fails() {
    fake.answersMessage(SNAPSHOT, "[]", "end_turn");

    assertThatThrownBy(() -> composer.compose(MOMS_BIRTHDAY))
        .isInstanceOf(ComposerUnavailableException.class);
  }

  @Test
  void a_reply_cut_off_at_the_token_limit_fails_rather_than_sending_half_a_message() {
    fake.answersMessage(
        SNAPSHOT,
        "[{\"type\":\"text\",\"text\":\"Mom's birthday\\n\\nHi Ada, in\"}]",
        "max_tokens");

    assertThatThrownBy(() -> composer.compose(MOMS_BIRTHDAY))
        .isInstanceOf(ComposerUnavailableException.class)
        .hasMessageContaining("max_tokens");
  }

  @Test
  void a_reply_that_is_not_a_message_fails() {
    fake.answersError(200, "unexpected", "this is an error body with a success status");

    assertThatThrownBy(() -> composer.compose(MOMS_BIRTHDAY))
        .isInstanceOf(ComposerUnavailableException.class);
  }

  @Test
  void the_printed_form_names_the_model_but_not_the_key() {
    assertThat(composer.toString()).contains(MODEL).doesNotContain(KEY);
  }

  @Test
  void it_cannot_be_built_without_a_key() {
    assertThatThrownBy(
            () ->
                new ClaudeReminderComposer(new ClaudeSettings(" ", MODEL), fake.baseUrl(), TIMEOUT))
        .isInstanceOf(ConfigurationException.class);
  }
}
