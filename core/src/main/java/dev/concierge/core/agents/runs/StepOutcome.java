package dev.concierge.core.agents.runs;

import dev.concierge.core.agents.ToolOutcome;
import dev.concierge.core.errors.FieldError;
import java.util.List;
import java.util.Objects;

/**
 * How a tool call ended, as the log keeps it: whether it ran, what it created or changed, why it
 * was refused, or the action that waits for a person. What the operation answered is not kept: the
 * rows it wrote are where they belong, and the log holds no second copy of them.
 *
 * @param status succeeded, refused or needs_confirmation ({@link ToolOutcome#status()})
 * @param entityId what it created or changed; null when nothing, or not known
 * @param actionId the pending action a person confirms; null unless it needs confirmation
 * @param detail why it was refused; null unless refused
 * @param errors the refused fields, each with why
 */
public record StepOutcome(
    String status, String entityId, String actionId, String detail, List<FieldError> errors) {
  public StepOutcome {
    Objects.requireNonNull(status, "status");
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static StepOutcome of(ToolOutcome outcome) {
    if (outcome instanceof ToolOutcome.Succeeded succeeded) {
      return new StepOutcome(outcome.status(), succeeded.entityId(), null, null, List.of());
    }
    if (outcome instanceof ToolOutcome.Refused refused) {
      return new StepOutcome(outcome.status(), null, null, refused.detail(), refused.errors());
    }
    ToolOutcome.NeedsConfirmation pending = (ToolOutcome.NeedsConfirmation) outcome;
    return new StepOutcome(outcome.status(), null, pending.actionId(), null, List.of());
  }
}
