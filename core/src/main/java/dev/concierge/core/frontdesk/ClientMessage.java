package dev.concierge.core.frontdesk;

import dev.concierge.core.conversations.Message;
import dev.concierge.core.persons.Person;
import java.util.Objects;
import java.util.UUID;

/**
 * A client's message as the {@link FrontDesk} gets it: stored already, in its conversation.
 *
 * @param orgId the organization the channel's workspace belongs to
 * @param person who wrote, found by their communication identity on the channel
 * @param conversationId the conversation of the DM or thread, which holds the earlier messages
 * @param message the message as stored (inbound, from the client, with the channel's message id)
 */
public record ClientMessage(UUID orgId, Person person, UUID conversationId, Message message) {
  public ClientMessage {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(message, "message");
  }
}
