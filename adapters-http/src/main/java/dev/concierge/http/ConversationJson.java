package dev.concierge.http;

import dev.concierge.core.model.Conversation;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A conversation as the API shows it. */
record ConversationJson(
    UUID conversationId,
    UUID orgId,
    UUID personId,
    String channelType,
    String subject,
    String status,
    String externalThreadId,
    Instant lastMessageAt,
    Map<String, Object> metadataJsonb,
    Instant createdAt,
    Instant updatedAt) {

  static ConversationJson of(Conversation c) {
    return new ConversationJson(
        c.conversationId(),
        c.orgId(),
        c.personId(),
        c.channelType().wireName(),
        c.subject(),
        c.status().wireName(),
        c.externalThreadId(),
        c.lastMessageAt(),
        c.metadata().values(),
        c.createdAt(),
        c.updatedAt());
  }
}
