package dev.concierge.core.agents;

import dev.concierge.core.errors.FieldError;
import java.util.List;
import java.util.Objects;

/** How one tool call ended. */
public sealed interface ToolOutcome {

  /** The wire name of the outcome, as the chat API's actions show it. */
  String status();

  static Succeeded succeeded(String json) {
    return new Succeeded(json, null);
  }

  static Refused refused(String detail, List<FieldError> errors) {
    return new Refused(detail, errors);
  }

  /**
   * The operation ran.
   *
   * @param json its result, as the API would have answered it
   * @param entityId the id of what it created or changed, when there is one; may be null
   */
  record Succeeded(String json, String entityId) implements ToolOutcome {
    public Succeeded {
      Objects.requireNonNull(json, "json");
    }

    @Override
    public String status() {
      return "succeeded";
    }
  }

  /**
   * The operation refused the call, or the call never reached it (an unknown tool, input that does
   * not match its schema). The model reads the detail and field errors and may try again.
   */
  record Refused(String detail, List<FieldError> errors) implements ToolOutcome {
    public Refused {
      Objects.requireNonNull(detail, "detail");
      errors = List.copyOf(errors);
    }

    @Override
    public String status() {
      return "refused";
    }
  }

  /**
   * The operation deletes something, so it was not run: a person confirms it by its action id.
   *
   * @param actionId what confirming it refers to
   */
  record NeedsConfirmation(String actionId) implements ToolOutcome {
    public NeedsConfirmation {
      Objects.requireNonNull(actionId, "actionId");
    }

    @Override
    public String status() {
      return "needs_confirmation";
    }
  }
}
