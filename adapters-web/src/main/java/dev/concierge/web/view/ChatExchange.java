package dev.concierge.web.view;

import dev.concierge.core.agents.chat.ChatAction;
import dev.concierge.core.agents.chat.ChatAnswer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One message to the assistant and what came of it, as the profile's chat panel adds it.
 *
 * @param reply the assistant's answer; null when it could not answer
 * @param problem why it could not answer, in words for staff; null when it answered
 * @param conversationId where both are kept, so the next message continues it; null when not known
 */
public record ChatExchange(
    String asked,
    String reply,
    String agent,
    List<ChatAction> actions,
    String problem,
    UUID conversationId) {

  public static ChatExchange answered(String asked, ChatAnswer answer) {
    return new ChatExchange(
        asked,
        answer.reply(),
        answer.agent() == null ? null : Show.words(answer.agent().wireName()),
        answer.actions(),
        null,
        answer.conversationId());
  }

  public static ChatExchange failed(String asked, String problem, UUID conversationId) {
    return new ChatExchange(asked, null, null, List.of(), problem, conversationId);
  }

  /** An action in words: "createDateItem" reads "create date item". */
  public static String operation(String operationId) {
    return operationId.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
