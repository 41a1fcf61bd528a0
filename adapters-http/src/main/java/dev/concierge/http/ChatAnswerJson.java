package dev.concierge.http;

import dev.concierge.core.agents.chat.ChatAction;
import dev.concierge.core.agents.chat.ChatAnswer;
import java.util.List;
import java.util.UUID;

/** What the assistant answered a chat, as the API shows it. */
record ChatAnswerJson(
    UUID conversationId,
    UUID messageId,
    UUID replyMessageId,
    UUID runId,
    String agent,
    String status,
    String reply,
    List<Action> actions) {

  /** One operation the assistant called. */
  record Action(String operationId, String status, String entityId, UUID actionId) {
    static Action of(ChatAction action) {
      return new Action(
          action.operationId(), action.status(), action.entityId(), action.actionId());
    }
  }

  static ChatAnswerJson of(ChatAnswer answer) {
    return new ChatAnswerJson(
        answer.conversationId(),
        answer.messageId(),
        answer.replyMessageId(),
        answer.runId(),
        answer.agent() == null ? null : answer.agent().wireName(),
        answer.status().wireName(),
        answer.reply(),
        answer.actions().stream().map(Action::of).toList());
  }
}
