package dev.concierge.core.agents;

import dev.concierge.core.agents.llm.LlmMessage;
import dev.concierge.core.agents.llm.LlmPort;
import dev.concierge.core.agents.llm.LlmReply;
import dev.concierge.core.agents.llm.LlmRequest;
import dev.concierge.core.agents.llm.StopReason;
import dev.concierge.core.agents.llm.SystemBlock;
import dev.concierge.core.agents.llm.ToolChoice;
import dev.concierge.core.errors.UnavailableException;
import dev.concierge.core.reminders.delivery.ComposedMessage;
import dev.concierge.core.reminders.delivery.ReminderComposer;
import dev.concierge.core.reminders.delivery.ReminderContext;
import java.util.List;
import java.util.Objects;

/**
 * The {@link AgentName#REMINDER reminder agent} as the dispatcher's wording: its system prompt (the
 * house rules and {@code prompts/reminder.md}), the reminder's facts as the message, no tools, one
 * call to the model. Whatever keeps it from a usable answer — the model failing or too slow (the
 * {@link LlmPort}'s own timeout and retries bound it), a refusal, a reply cut off or without a
 * subject and a body, the agent disabled — throws, and the dispatcher sends the template instead,
 * so a reminder never waits on the model. Thread-safe.
 */
public final class AgentReminderComposer implements ReminderComposer {
  /** A reminder is a few sentences; a small cap also keeps a runaway answer cheap and quick. */
  static final int REPLY_TOKENS = 400;

  private final LlmPort llm;
  private final AgentProfile agent;

  /**
   * @param agent the reminder agent as the roster has it ({@link DefaultRoster#profile})
   */
  public AgentReminderComposer(LlmPort llm, AgentProfile agent) {
    this.llm = Objects.requireNonNull(llm, "llm");
    this.agent = Objects.requireNonNull(agent, "agent");
    if (agent.name() != AgentName.REMINDER) {
      throw new IllegalArgumentException(
          "reminders are worded by the reminder agent, not " + agent.name().wireName());
    }
  }

  /**
   * @throws UnavailableException (or an {@link dev.concierge.core.agents.llm.LlmException}) when
   *     the agent gave no usable wording
   */
  @Override
  public ComposedMessage compose(ReminderContext context) {
    Objects.requireNonNull(context, "context");
    if (!agent.enabled()) {
      throw new UnavailableException("the reminder agent is disabled", null);
    }
    LlmReply reply =
        llm.complete(
            new LlmRequest(
                agent.model(),
                List.of(SystemBlock.cached(agent.systemPrompt())),
                List.of(LlmMessage.user(ReminderFacts.of(context))),
                List.of(),
                ToolChoice.AUTO,
                REPLY_TOKENS));
    if (reply.stopReason() != StopReason.END_TURN
        && reply.stopReason() != StopReason.STOP_SEQUENCE) {
      throw new UnavailableException(
          "the reminder agent stopped at " + reply.stopReason().wireName(), null);
    }
    return ReminderReply.parse(reply.text(), reply.model());
  }

  @Override
  public String toString() {
    return "AgentReminderComposer[" + agent.name().wireName() + " on " + agent.model() + "]";
  }
}
