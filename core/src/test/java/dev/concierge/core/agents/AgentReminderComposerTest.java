package dev.concierge.core.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.agents.llm.ContentBlock;
import dev.concierge.core.agents.llm.LlmMessage;
import dev.concierge.core.agents.llm.LlmOverloadedException;
import dev.concierge.core.agents.llm.LlmReply;
import dev.concierge.core.agents.llm.LlmRequest;
import dev.concierge.core.agents.llm.StopReason;
import dev.concierge.core.agents.llm.SystemBlock;
import dev.concierge.core.errors.UnavailableException;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.reminders.delivery.ComposedMessage;
import dev.concierge.core.reminders.delivery.ReminderContext;
import dev.concierge.core.reminders.delivery.ReminderTemplate;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgentReminderComposerTest {
  private static final String MODEL = "claude-sonnet-4-5";
  private static final UUID ORG = UUID.randomUUID();
  private static final AgentProfile REMINDER = DefaultRoster.profile(AgentName.REMINDER, MODEL);
  private static final ReminderContext MOMS_BIRTHDAY =
      new ReminderContext(
          ORG,
          "Ada",
          ZoneId.of("Europe/Berlin"),
          ChannelType.EMAIL,
          "Mom's birthday",
          "Birthday",
          LocalDate.of(2026, 3, 14),
          3,
          "She loves tulips",
          "Grace");

  private final ScriptedLlm llm = new ScriptedLlm();
  private final AgentReminderComposer composer = new AgentReminderComposer(llm, REMINDER);

  @Test
  void the_reminder_agent_is_asked_once_with_its_own_prompt_the_facts_and_no_tools() {
    llm.then(ScriptedLlm.text("Mom's birthday in 3 days\n\nHi Ada, it is on Saturday."));

    composer.compose(MOMS_BIRTHDAY);

    assertThat(llm.requests()).hasSize(1);
    LlmRequest request = llm.request(0);
    assertThat(request.model()).isEqualTo(MODEL);
    assertThat(request.system())
        .containsExactly(SystemBlock.cached(AgentPrompts.system(AgentName.REMINDER)));
    assertThat(request.tools()).isEmpty();
    assertThat(request.maxTokens()).isEqualTo(AgentReminderComposer.REPLY_TOKENS);
    assertThat(request.messages())
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.role()).isEqualTo(LlmMessage.Role.USER);
              assertThat(((ContentBlock.Text) message.content().get(0)).text())
                  .isEqualTo(
                      """
                      Write the reminder from these facts.
                      Channel: email
                      Client: Ada
                      Client's time zone: Europe/Berlin
                      Occasion: Mom's birthday
                      Category: Birthday
                      The occasion is about: Grace
                      Date: 2026-03-14 (Saturday)
                      Days left: 3
                      Notes: She loves tulips
                      """);
            });
  }

  @Test
  void the_answer_is_the_subject_and_body_composed_by_the_model_that_answered() {
    llm.then(
        ScriptedLlm.text(
            "Mom's birthday in 3 days\n\nHi Ada, Mom's birthday is on Saturday.\nShe loves tulips."));

    ComposedMessage message = composer.compose(MOMS_BIRTHDAY);

    assertThat(message)
        .isEqualTo(
            new ComposedMessage(
                "Mom's birthday in 3 days",
                "Hi Ada, Mom's birthday is on Saturday.\nShe loves tulips.",
                ScriptedLlm.MODEL));
  }

  @Test
  void a_refusal_a_reply_cut_off_or_one_without_a_body_is_no_wording() {
    llm.then(reply(StopReason.REFUSAL, "I can't"))
        .then(reply(StopReason.MAX_TOKENS, "Mom's birthday\n\nHi Ada, in"))
        .then(ScriptedLlm.text("  "))
        .then(ScriptedLlm.text("Just a subject"));

    for (String why : List.of("refusal", "max_tokens", "no subject", "no subject")) {
      assertThatThrownBy(() -> composer.compose(MOMS_BIRTHDAY))
          .isInstanceOf(UnavailableException.class)
          .hasMessageContaining(why);
    }
  }

  @Test
  void a_model_that_cannot_answer_fails_the_wording_as_it_failed() {
    llm.thenFails(new LlmOverloadedException("Claude answered HTTP 529", Duration.ofSeconds(3)));

    assertThatThrownBy(() -> composer.compose(MOMS_BIRTHDAY))
        .isInstanceOf(LlmOverloadedException.class);
  }

  @Test
  void a_disabled_reminder_agent_is_not_asked_and_the_reminder_has_the_templates_wording() {
    AgentReminderComposer disabled = new AgentReminderComposer(llm, REMINDER.withEnabled(false));

    assertThat(disabled.compose(MOMS_BIRTHDAY))
        .isEqualTo(new ReminderTemplate().compose(MOMS_BIRTHDAY));
    assertThat(llm.requests()).isEmpty();
  }

  @Test
  void each_reminder_is_worded_by_the_reminder_agent_of_its_own_organization() {
    UUID other = UUID.randomUUID();
    AgentProfile ours =
        new AgentProfile(
            AgentName.REMINDER,
            REMINDER.description(),
            "Write like a butler.",
            List.of(),
            MODEL,
            REMINDER.limits(),
            true);
    AgentReminderComposer perOrganization =
        new AgentReminderComposer(llm, orgId -> orgId.equals(ORG) ? ours : REMINDER);
    llm.then(ScriptedLlm.text("Ours\n\nVery good.")).then(ScriptedLlm.text("Theirs\n\nHi."));

    perOrganization.compose(MOMS_BIRTHDAY);
    perOrganization.compose(momsBirthdayIn(other));

    assertThat(llm.requests())
        .extracting(LlmRequest::system)
        .containsExactly(
            List.of(SystemBlock.cached("Write like a butler.")),
            List.of(SystemBlock.cached(AgentPrompts.system(AgentName.REMINDER))));
  }

  @Test
  void only_the_reminder_agent_words_reminders() {
    assertThatThrownBy(
            () -> new AgentReminderComposer(llm, DefaultRoster.profile(AgentName.RETRIEVAL, MODEL)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void
      a_standalone_reminder_carries_only_the_facts_it_has_and_today_and_tomorrow_are_spelled_out() {
    ReminderContext standalone =
        new ReminderContext(
            ORG,
            "Ada",
            ZoneId.of("Asia/Tokyo"),
            ChannelType.SLACK,
            null,
            null,
            null,
            null,
            " ",
            null);

    assertThat(ReminderFacts.of(standalone))
        .isEqualTo(
            """
            Write the reminder from these facts.
            Channel: Slack
            Client: Ada
            Client's time zone: Asia/Tokyo
            """)
        .doesNotContain("null");
    assertThat(ReminderFacts.of(dueIn(0))).contains("Days left: 0 (it is today)\n");
    assertThat(ReminderFacts.of(dueIn(1))).contains("Days left: 1 (it is tomorrow)\n");
    assertThat(ReminderFacts.of(dueIn(7))).contains("Days left: 7\n", "Channel: text message\n");
  }

  private static ReminderContext momsBirthdayIn(UUID orgId) {
    return new ReminderContext(
        orgId,
        MOMS_BIRTHDAY.personName(),
        MOMS_BIRTHDAY.zone(),
        MOMS_BIRTHDAY.channel(),
        MOMS_BIRTHDAY.dateTitle(),
        MOMS_BIRTHDAY.categoryName(),
        MOMS_BIRTHDAY.occurrenceDate(),
        MOMS_BIRTHDAY.daysUntil(),
        MOMS_BIRTHDAY.notes(),
        MOMS_BIRTHDAY.relatedPersonName());
  }

  private static ReminderContext dueIn(int days) {
    return new ReminderContext(
        ORG,
        "Ada",
        ZoneId.of("UTC"),
        ChannelType.SMS,
        "Anniversary",
        null,
        LocalDate.of(2026, 1, 1).plusDays(days),
        days,
        null,
        null);
  }

  private static LlmReply reply(StopReason stop, String text) {
    return new LlmReply(
        ScriptedLlm.MODEL, List.of(new ContentBlock.Text(text)), stop, ScriptedLlm.USAGE);
  }
}
