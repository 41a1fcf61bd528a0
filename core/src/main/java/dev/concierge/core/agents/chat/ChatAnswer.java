package dev.concierge.core.agents.chat;

import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.RunStatus;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the assistant answered, and where it is kept.
 *
 * @param messageId the person's message in the conversation
 * @param replyMessageId the answer in the conversation; null when the chat's caller keeps it
 * @param runId the run in the log, with every step
 * @param agent the agent that answered; null when the router declined the message
 * @param status how the run ended: succeeded, or a polite reply for limit_reached, refused,
 *     truncated or empty_reply (a failed run is a {@link ChatFailedException}, not an answer)
 * @param actions every operation the assistant called, in order
 */
public record ChatAnswer(
    UUID conversationId,
    UUID messageId,
    UUID replyMessageId,
    UUID runId,
    AgentName agent,
    RunStatus status,
    String reply,
    List<ChatAction> actions) {

  public ChatAnswer {
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reply, "reply");
    actions = List.copyOf(actions);
  }
}
