package dev.concierge.core.agents.actions;

import dev.concierge.core.agents.ToolOutcome;
import java.util.Objects;

/**
 * A confirmed action once its operation ran.
 *
 * @param action the action as it is kept now: confirmed, by whom, and how it went
 * @param outcome what the operation answered: its result when it succeeded (not kept with the
 *     action), or why it was refused
 */
public record ConfirmedAction(PendingAction action, ToolOutcome outcome) {
  public ConfirmedAction {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
  }
}
