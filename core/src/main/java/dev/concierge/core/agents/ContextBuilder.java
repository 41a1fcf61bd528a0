package dev.concierge.core.agents;

import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.time.Today;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * What an agent knows about a person before it calls a tool: their name, zone and local today,
 * family, upcoming dates with their reminders, active projects with open tasks, preferences and the
 * latest messages of the conversation, as the text of {@link AgentTask#context()}. The runtime and
 * the orchestrator send it as a cached system block of its own after the agent's prompt, so the
 * text is the same byte for byte while the records are ({@link ContextText}), and bounded whatever
 * the person has recorded ({@link ContextLimits}).
 *
 * <p>One read of the {@link PersonContextStore}: "today" is the person's, and their zone is only
 * known once their row is read, so the store is asked for the dates of every today on earth at this
 * instant, and the person's own window is cut from them here. Thread-safe.
 */
public final class ContextBuilder {
  private final PersonContextStore store;
  private final Clock clock;
  private final ContextLimits limits;

  public ContextBuilder(PersonContextStore store, Clock clock) {
    this(store, clock, ContextLimits.DEFAULT);
  }

  public ContextBuilder(PersonContextStore store, Clock clock, ContextLimits limits) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** The context of a run about the person that belongs to no conversation yet. */
  public String build(Caller caller, UUID personId) {
    return build(caller, personId, null);
  }

  /**
   * @param conversationId the run's conversation, which must be the person's; null for none
   * @throws NotFoundException when the person is not one of the caller's organization, or the
   *     conversation is not theirs
   */
  public String build(Caller caller, UUID personId, UUID conversationId) {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(personId, "personId");
    Instant now = clock.instant();
    PersonContext context =
        store
            .find(
                caller.orgId(),
                personId,
                conversationId,
                LocalDate.ofInstant(now, ZoneOffset.MIN),
                LocalDate.ofInstant(now, ZoneOffset.MAX).plusDays(limits.daysAhead()),
                limits)
            .orElseThrow(() -> new NotFoundException("person", personId));
    if (conversationId != null && context.conversation() == null) {
      throw new NotFoundException("conversation", conversationId);
    }
    return ContextText.write(context, Today.at(context.person().timezone(), now), limits);
  }
}
