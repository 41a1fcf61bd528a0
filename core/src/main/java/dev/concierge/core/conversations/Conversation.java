package dev.concierge.core.conversations;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.model.Metadata;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A thread with a client on one channel (a Slack DM, an email thread, a logged phone call). */
public record Conversation(
    UUID conversationId,
    UUID orgId,
    UUID personId,
    ChannelType channelType,
    String subject,
    ConversationStatus status,
    String externalThreadId,
    Instant lastMessageAt,
    Metadata metadata,
    Instant createdAt,
    Instant updatedAt) {

  public Conversation {
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(channelType, "channelType");
    Objects.requireNonNull(status, "status");
    metadata = metadata == null ? Metadata.EMPTY : metadata;
  }

  /** A new conversation of the organization, as {@code input} opens it: active unless it says. */
  public static Conversation of(UUID orgId, NewConversation input) {
    return new Conversation(
        UUID.randomUUID(),
        orgId,
        input.personId(),
        input.channelType(),
        input.subject(),
        input.status() == null ? ConversationStatus.ACTIVE : input.status(),
        input.externalThreadId(),
        null,
        input.metadata(),
        null,
        null);
  }

  /**
   * This conversation as a store keeps it: its last message at {@code lastMessageAt}, created and
   * changed at the times given.
   */
  public Conversation stored(Instant lastMessageAt, Instant createdAt, Instant updatedAt) {
    return new Conversation(
        conversationId,
        orgId,
        personId,
        channelType,
        subject,
        status,
        externalThreadId,
        lastMessageAt,
        metadata,
        createdAt,
        updatedAt);
  }
}
