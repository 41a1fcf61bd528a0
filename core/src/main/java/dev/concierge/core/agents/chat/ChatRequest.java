package dev.concierge.core.agents.chat;

import dev.concierge.core.agents.runs.RunSource;
import java.util.UUID;

/**
 * A message to the assistant about one person, as staff (or a client-facing channel) write it.
 *
 * @param personId who the message is about; checked by the chat (404 outside the caller's reach)
 * @param message what the person wrote, as written
 * @param conversationId the conversation it continues, which must be the person's; null to start
 *     one on the web channel
 * @param source where it was written (the API, the command line), for the run log
 */
public record ChatRequest(UUID personId, String message, UUID conversationId, RunSource source) {
  /** A message written through the REST API. */
  public static ChatRequest api(UUID personId, String message, UUID conversationId) {
    return new ChatRequest(personId, message, conversationId, RunSource.API);
  }
}
