package dev.concierge.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.agents.ToolOutcome;
import dev.concierge.core.agents.actions.ConfirmedAction;
import dev.concierge.core.agents.actions.PendingAction;
import dev.concierge.core.errors.FieldError;
import java.util.List;
import java.util.UUID;

/**
 * A confirmed action once its operation ran: what it answered when it succeeded ({@code result}),
 * or why it was refused ({@code problem}); the other is null.
 */
record ConfirmedActionJson(
    UUID actionId,
    String operationId,
    String status,
    String entityId,
    JsonNode result,
    Refusal problem) {

  /** Why the operation refused to run, as its problem said. */
  record Refusal(String detail, List<FieldError> errors) {}

  static ConfirmedActionJson of(ConfirmedAction confirmed, ObjectMapper json) {
    PendingAction action = confirmed.action();
    ToolOutcome outcome = confirmed.outcome();
    JsonNode result = null;
    Refusal problem = null;
    if (outcome instanceof ToolOutcome.Succeeded done) {
      result = read(done.json(), json);
    } else if (outcome instanceof ToolOutcome.Refused refused) {
      problem = new Refusal(refused.detail(), refused.errors());
    }
    return new ConfirmedActionJson(
        action.actionId(),
        action.operationId(),
        outcome.status(),
        action.result() == null ? null : action.result().entityId(),
        result,
        problem);
  }

  private static JsonNode read(String text, ObjectMapper json) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      // what the operation answered was cut to a size a model reads, and may be text
      return json.getNodeFactory().textNode(text);
    }
  }
}
