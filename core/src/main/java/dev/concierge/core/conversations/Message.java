package dev.concierge.core.conversations;

import dev.concierge.core.model.Metadata;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One message of a conversation, as received, sent, or noted by staff. */
public record Message(
    UUID messageId,
    UUID orgId,
    UUID conversationId,
    MessageDirection direction,
    SenderType senderType,
    UUID senderPersonId,
    UUID senderAccountId,
    String content,
    String externalMessageId,
    Metadata metadata,
    Instant createdAt,
    Instant updatedAt) {

  public Message {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(senderType, "senderType");
    Objects.requireNonNull(content, "content");
    metadata = metadata == null ? Metadata.EMPTY : metadata;
  }
}
