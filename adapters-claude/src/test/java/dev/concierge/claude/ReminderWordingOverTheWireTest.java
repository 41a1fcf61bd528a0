package dev.concierge.claude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.AgentPrompts;
import dev.concierge.core.agents.AgentReminderComposer;
import dev.concierge.core.agents.DefaultRoster;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.reminders.delivery.DeliveryAttempt;
import dev.concierge.core.reminders.delivery.DispatcherSettings;
import dev.concierge.core.reminders.delivery.DueReminder;
import dev.concierge.core.reminders.delivery.OutboundMessage;
import dev.concierge.core.reminders.delivery.ReminderDispatcher;
import dev.concierge.core.reminders.delivery.RetryPolicy;
import dev.concierge.core.testing.InMemoryReminderQueue;
import dev.concierge.core.testing.MovableClock;
import dev.concierge.core.testing.RecordingSender;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reminder agent words a due reminder through the real SDK against the fake Messages API, as
 * the service wires it: one attempt, no retries, the template when Claude cannot.
 */
class ReminderWordingOverTheWireTest {
  private static final String KEY = "sk-ant-api03-wording-key";
  private static final String MODEL = "claude-sonnet-4-5";
  private static final String SNAPSHOT = "claude-sonnet-4-5-20250929";
  private static final Instant NOW = Instant.parse("2026-03-11T08:00:00Z");
  // Generous: the first call in a JVM pays for the SDK's warm-up, which must not look like a hang.
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final InMemoryReminderQueue queue = new InMemoryReminderQueue();
  private final RecordingSender sender = RecordingSender.accepting();
  private FakeAnthropic fake;
  private ClaudeLlm claude;

  @BeforeEach
  void start() throws IOException {
    fake = FakeAnthropic.start();
    claude = claude(TIMEOUT);
  }

  @AfterEach
  void stop() {
    claude.close();
    fake.close();
  }

  @Test
  void the_reminder_agents_prompt_and_the_facts_go_out_and_its_answer_is_the_message_sent() {
    fake.answersText(SNAPSHOT, "Mom's birthday in 3 days\n\nHi Ada, it is on Saturday 14 March.");

    dispatchMomsBirthday(claude);

    assertThat(fake.received()).hasSize(1);
    Map<String, Object> request = fake.received().get(0).json();
    assertThat(request).containsEntry("model", MODEL).doesNotContainKey("tools");
    assertThat(request.get("max_tokens").toString()).isEqualTo("400");
    assertThat(request.get("system"))
        .isEqualTo(
            List.of(
                Map.of(
                    "type",
                    "text",
                    "text",
                    AgentPrompts.system(AgentName.REMINDER),
                    "cache_control",
                    Map.of("type", "ephemeral"))));
    Map<?, ?> user = (Map<?, ?>) ((List<?>) request.get("messages")).get(0);
    assertThat(user.get("role")).isEqualTo("user");
    assertThat(user.get("content").toString())
        .contains(
            "Channel: email",
            "Client: Ada",
            "Occasion: Mom's birthday",
            "Date: 2026-03-14 (Saturday)",
            "Days left: 3");
    OutboundMessage sent = sender.sent().get(0);
    assertThat(sent.subject()).isEqualTo("Mom's birthday in 3 days");
    assertThat(sent.text()).isEqualTo("Hi Ada, it is on Saturday 14 March.");
    assertThat(queue.history()).extracting(DeliveryAttempt::composedByModel).containsExactly(true);
  }

  @Test
  void overloaded_claude_is_asked_once_and_the_template_words_the_reminder() {
    fake.answersError(529, "overloaded_error", "Overloaded", "1").answersText(SNAPSHOT, "S\n\nB");

    dispatchMomsBirthday(claude);

    assertThat(fake.received()).hasSize(1);
    assertTemplateSent();
  }

  @Test
  void a_claude_that_never_answers_is_given_up_on_within_the_timeout_for_the_template() {
    fake.neverAnswers();
    try (ClaudeLlm impatient = claude(Duration.ofMillis(500))) {
      // The bound only catches a wording that waits on the SDK's minutes-long default.
      assertTimeoutPreemptively(Duration.ofSeconds(10), () -> dispatchMomsBirthday(impatient));
    }

    assertTemplateSent();
  }

  @Test
  void a_reply_cut_off_refused_or_blank_is_replaced_by_the_template() {
    fake.answersMessage(
            SNAPSHOT,
            "[{\"type\":\"text\",\"text\":\"Mom's birthday\\n\\nHi Ada, in\"}]",
            "max_tokens")
        .answersMessage(SNAPSHOT, "[]", "refusal")
        .answersText(SNAPSHOT, "  \n ");

    for (int i = 0; i < 3; i++) {
      dispatchMomsBirthday(claude);
    }

    assertThat(queue.history()).extracting(DeliveryAttempt::composedByModel).containsOnly(false);
    assertThat(sender.sent())
        .extracting(OutboundMessage::subject)
        .containsOnly("Mom's birthday in 3 days");
  }

  private ClaudeLlm claude(Duration timeout) {
    return new ClaudeLlm(
        new ClaudeSettings(KEY, MODEL, null, fake.baseUrl()), timeout, 0, new RecordingSleeper());
  }

  private void dispatchMomsBirthday(ClaudeLlm llm) {
    queue.add(
        new DueReminder(
            UUID.randomUUID(),
            UUID.randomUUID(),
            UUID.randomUUID(),
            NOW,
            0,
            UUID.randomUUID(),
            ChannelType.EMAIL,
            "ada@example.com",
            "Ada",
            ZoneId.of("Europe/Berlin"),
            "Mom's birthday",
            "Birthday",
            LocalDate.of(2026, 3, 14),
            null,
            null));
    new ReminderDispatcher(
            queue,
            sender.alone(),
            new AgentReminderComposer(llm, DefaultRoster.profile(AgentName.REMINDER, MODEL)),
            attempt -> {},
            new MovableClock(NOW),
            new DispatcherSettings("d1", 10, Duration.ofMinutes(5), 1, RetryPolicy.DEFAULT))
        .dispatchBatch();
  }

  private void assertTemplateSent() {
    assertThat(queue.history()).extracting(DeliveryAttempt::composedByModel).containsExactly(false);
    assertThat(sender.sent())
        .singleElement()
        .satisfies(
            sent -> {
              assertThat(sent.subject()).isEqualTo("Mom's birthday in 3 days");
              assertThat(sent.text())
                  .contains("Hi Ada,", "A reminder: Mom's birthday is in 3 days");
            });
  }
}
