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
import dev.concierge.core.reminders.delivery.ReminderTemplate;
import java.util.List;
import java.util.Objects;

/**
 * The {@link AgentName#REMINDER reminder agent} as the dispatcher's wording: the agent of the
 * reminder's organization ({@link ReminderAgents}: its roster row, which an admin may change), with
 * its system prompt (the house rules and {@code prompts/reminder.md} unless the admins wrote their
 * own) and model, the reminder's facts as the message, no tools, one call to the model. Whatever
 * keeps it from a usable answer — the model failing or too slow (the {@link LlmPort}'s own timeout
 * and retries bound it), a refusal, a reply cut off or without a subject and a body — throws, and
 * the dispatcher sends the template instead, so a reminder never waits on the model. An
 * organization that disabled its reminder agent gets the {@link ReminderTemplate}'s wording, and
 * the model is not asked. Thread-safe.
 */
public final class AgentReminderComposer implements ReminderComposer {
  /** A reminder is a few sentences; a small cap also keeps a runaway answer cheap and quick. */
  static final int REPLY_TOKENS = 400;

  private final LlmPort llm;
  private final ReminderAgents agents;
  private final ReminderTemplate template = new ReminderTemplate();

  /**
   * Words every organization's reminders with one agent, whatever their rosters say.
   *
   * @param agent the reminder agent, e.g. as shipped ({@link DefaultRoster#profile})
   */
  public AgentReminderComposer(LlmPort llm, AgentProfile agent) {
    this(llm, reminderAgent(agent));
  }

  /**
   * Words each reminder with its organization's reminder agent.
   *
   * @param agents each organization's agent; asked once per reminder, so it should keep what it
   *     read for a while ({@link dev.concierge.core.agents.roster.RosterReminderAgents})
   */
  public AgentReminderComposer(LlmPort llm, ReminderAgents agents) {
    this.llm = Objects.requireNonNull(llm, "llm");
    this.agents = Objects.requireNonNull(agents, "agents");
  }

  private static ReminderAgents reminderAgent(AgentProfile agent) {
    Objects.requireNonNull(agent, "agent");
    if (agent.name() != AgentName.REMINDER) {
      throw new IllegalArgumentException(
          "reminders are worded by the reminder agent, not " + agent.name().wireName());
    }
    return orgId -> agent;
  }

  /**
   * @throws UnavailableException (or an {@link dev.concierge.core.agents.llm.LlmException}) when
   *     the agent gave no usable wording
   */
  @Override
  public ComposedMessage compose(ReminderContext context) {
    Objects.requireNonNull(context, "context");
    AgentProfile agent = agents.of(context.orgId());
    if (agent.name() != AgentName.REMINDER) {
      throw new IllegalStateException(
          "reminders are worded by the reminder agent, not " + agent.name().wireName());
    }
    if (!agent.enabled()) {
      // the admins' choice, not a failure: the template is what they asked for
      return template.compose(context);
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
    return "AgentReminderComposer[each organization's " + AgentName.REMINDER.wireName() + "]";
  }
}
