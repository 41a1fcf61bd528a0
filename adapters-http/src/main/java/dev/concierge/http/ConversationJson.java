package dev.concierge.http;

import dev.concierge.core.conversations.Conversation;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
    OffsetDateTime lastMessageAt,
    Map<String, Object> metadataJsonb,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  static ConversationJson of(Conversation c, ZoneId zone) {
    return new ConversationJson(
        c.conversationId(),
        c.orgId(),
        c.personId(),
        c.channelType().wireName(),
        c.subject(),
        c.status().wireName(),
        c.externalThreadId(),
        Instants.at(c.lastMessageAt(), zone),
        c.metadata().values(),
        Instants.at(c.createdAt(), zone),
        Instants.at(c.updatedAt(), zone));
  }
}
