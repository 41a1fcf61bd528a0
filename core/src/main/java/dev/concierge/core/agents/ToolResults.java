package dev.concierge.core.agents;

import dev.concierge.core.agents.llm.JsonTree;
import dev.concierge.core.errors.FieldError;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the model reads back for a tool call: the operation's own JSON when it ran; otherwise a
 * problem-shaped object ({@code status}, {@code detail}, {@code errors} of field and message, or
 * the {@code action_id} of a delete awaiting confirmation), the shape the house rules teach.
 */
final class ToolResults {
  static final String CONFIRMATION_DETAIL =
      "Deleting is never done by the assistant: this waits for a person to confirm it. Tell the"
          + " person what would be deleted and that it waits for their confirmation; do not call"
          + " the tool again.";

  private ToolResults() {}

  static String text(ToolOutcome outcome) {
    if (outcome instanceof ToolOutcome.Succeeded succeeded) {
      return succeeded.json();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", outcome.status());
    if (outcome instanceof ToolOutcome.Refused refused) {
      body.put("detail", refused.detail());
      if (!refused.errors().isEmpty()) {
        body.put("errors", refused.errors().stream().map(ToolResults::fieldError).toList());
      }
    } else if (outcome instanceof ToolOutcome.NeedsConfirmation pending) {
      body.put("action_id", pending.actionId());
      body.put("detail", CONFIRMATION_DETAIL);
    }
    return JsonTree.write(body);
  }

  private static Map<String, Object> fieldError(FieldError error) {
    Map<String, Object> member = new LinkedHashMap<>();
    member.put("field", error.field());
    member.put("message", error.message());
    return member;
  }
}
