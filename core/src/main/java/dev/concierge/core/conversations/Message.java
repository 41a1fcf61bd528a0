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

  /**
   * A new message of the conversation, as {@code input} gives it, written by {@code senderType}
   * (and, for a staff member signed in, by {@code senderAccountId}).
   */
  public static Message of(
      UUID orgId,
      UUID conversationId,
      NewMessage input,
      SenderType senderType,
      UUID senderAccountId) {
    return new Message(
        UUID.randomUUID(),
        orgId,
        conversationId,
        input.direction(),
        senderType,
        input.senderPersonId(),
        senderAccountId,
        input.content(),
        input.externalMessageId(),
        input.metadata(),
        null,
        null);
  }

  /** This message as a store keeps it, created and changed at the times given. */
  public Message stored(Instant createdAt, Instant updatedAt) {
    return new Message(
        messageId,
        orgId,
        conversationId,
        direction,
        senderType,
        senderPersonId,
        senderAccountId,
        content,
        externalMessageId,
        metadata,
        createdAt,
        updatedAt);
  }
}
