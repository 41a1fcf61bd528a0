package dev.concierge.core.agents.actions;

import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.AgentTools;
import dev.concierge.core.agents.ToolOutcome;
import dev.concierge.core.agents.runs.Actor;
import dev.concierge.core.agents.runs.StepOutcome;
import dev.concierge.core.errors.ConciergeException;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
   * Confirms a waiting action and runs its operation as the confirming caller: whether that caller
   * may call the operation at all (its role, and a confinement its tools hold) is asked before the
   * claim, so a caller who could not run it leaves it waiting for one who can; then the claim,
   * which succeeds once; then the operation, through {@code tools}; then how it went is recorded.
   *
   * @param tools the operations bound to the confirming caller
   * @throws NotFoundException when the caller's organization has no such action
   * @throws ForbiddenException when the caller may not call the action's operation
   * @throws ConflictException when it was confirmed already or has expired
   */
  public ConfirmedAction confirm(Caller caller, UUID actionId, AgentTools tools) {
    caller.requireWriter();
    PendingAction waiting = get(caller, actionId);
    if (tools.tools(List.of(waiting.operationId())).isEmpty()) {
      throw new ForbiddenException(
          "This action runs "
              + waiting.operationId()
              + ", which your role may not call: someone who may must confirm it.");
    }
    PendingAction claimed = claim(caller, actionId);
    ToolOutcome outcome;
    try {
      outcome = tools.callConfirmed(claimed.operationId(), claimed.input());
    } catch (ValidationException e) {
      outcome = ToolOutcome.refused("The input was refused.", e.errors());
    } catch (ConciergeException e) {
      outcome = ToolOutcome.refused(e.getMessage(), List.of());
    }
    return new ConfirmedAction(finish(caller, actionId, outcome), outcome);
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
