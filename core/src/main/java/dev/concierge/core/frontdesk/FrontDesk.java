package dev.concierge.core.frontdesk;

/**
 * Who answers a client who writes to the concierge (a Slack DM or mention): given their message,
 * already stored in their conversation, the reply to post in the thread. {@link FrontDeskInbox}
 * calls it outside any transaction, so it may take the seconds a model takes.
 *
 * <p>This is where the AI assistant plugs in: its chat use case implements this port (hand it to
 * {@code ConciergeBuilder.frontDesk(…)}) and answers as {@link FrontDeskReply#fromAssistant}. Until
 * then {@link StaffWillAnswer} acknowledges the message and leaves the answer to staff, who see it
 * in the conversation.
 *
 * <p>It may throw: any {@link RuntimeException} (typed ones from {@code core.errors}, such as
 * {@code UnavailableException} when the model is down, or the LLM port's) makes the front desk post
 * {@link StaffWillAnswer}'s acknowledgement instead, so the client is never left without an answer.
 * Implementations must be thread-safe: messages are answered concurrently.
 */
@FunctionalInterface
public interface FrontDesk {
  FrontDeskReply answer(ClientMessage message);
}
