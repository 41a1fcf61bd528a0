package dev.concierge.core.agents.actions;

import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.ToolOutcome;
import dev.concierge.core.agents.runs.Actor;
import dev.concierge.core.agents.runs.StepOutcome;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Use cases of the actions a run asked for that wait for a person (deletes). Any role of the
 * organization sees them; confirming one is a claim that succeeds once, by a role that writes,
 * before the action expires. Running the operation is then up to the confirming code, as the
 * confirming caller (whose role must still allow the operation); it records how it went with {@link
 * #finish}.
 */
public final class PendingActions {
  private final PendingActionStore actions;
  private final Clock clock;

  /**
   * @param clock what "expired" is measured by
   */
  public PendingActions(PendingActionStore actions, Clock clock) {
    this.actions = actions;
    this.clock = clock;
  }

  /**
   * @throws NotFoundException when the caller's organization has no such action
   */
  public PendingAction get(Caller caller, UUID actionId) {
    return actions
        .find(caller.orgId(), actionId)
        .orElseThrow(() -> new NotFoundException("pending action", actionId));
  }

  /**
   * Claims the action for the caller to run: of any number of confirmations at once, one gets it.
   *
   * @throws NotFoundException when the caller's organization has no such action
   * @throws ConflictException when it was confirmed already or has expired
   */
  public PendingAction claim(Caller caller, UUID actionId) {
    caller.requireWriter();
    Instant now = clock.instant();
    return actions
        .claim(caller.orgId(), actionId, Actor.of(caller), now)
        .orElseThrow(() -> whyNot(get(caller, actionId), now));
  }

  /**
   * Records how the claimed action's operation went.
   *
   * @throws NotFoundException when there is no such claimed action, or its result is recorded
   */
  public PendingAction finish(Caller caller, UUID actionId, ToolOutcome outcome) {
    return actions
        .finish(caller.orgId(), actionId, StepOutcome.of(outcome))
        .orElseThrow(() -> new NotFoundException("claimed action", actionId));
  }

  private static ConflictException whyNot(PendingAction action, Instant now) {
    if (action.confirmed()) {
      return new ConflictException(
          "This action was confirmed already, at " + action.confirmedAt() + ".");
    }
    return new ConflictException(
        "This action expired at "
            + action.expiresAt()
            + ": ask the assistant again if it is still wanted.");
  }
}
