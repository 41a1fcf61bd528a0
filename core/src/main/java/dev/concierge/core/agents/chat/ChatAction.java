package dev.concierge.core.agents.chat;

import dev.concierge.core.agents.RunStep;
import dev.concierge.core.agents.ToolOutcome;
import java.util.Objects;
import java.util.UUID;

/**
 * One operation the assistant called while answering, and how it ended.
 *
 * @param operationId the API operation (the tool's name)
 * @param status succeeded, refused or needs_confirmation ({@link ToolOutcome#status()})
 * @param entityId what it created or changed; null for a read, a refusal or a waiting action
 * @param actionId the action a person confirms; null unless it needs confirmation
 */
public record ChatAction(String operationId, String status, String entityId, UUID actionId) {
  public ChatAction {
    Objects.requireNonNull(operationId, "operationId");
    Objects.requireNonNull(status, "status");
  }

  static ChatAction of(RunStep.ToolCall call) {
    ToolOutcome outcome = call.outcome();
    String entityId = outcome instanceof ToolOutcome.Succeeded done ? done.entityId() : null;
    UUID actionId =
        outcome instanceof ToolOutcome.NeedsConfirmation waiting
            ? UUID.fromString(waiting.actionId())
            : null;
    return new ChatAction(call.tool(), outcome.status(), entityId, actionId);
  }
}
