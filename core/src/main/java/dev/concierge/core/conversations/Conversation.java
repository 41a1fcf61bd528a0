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
}
