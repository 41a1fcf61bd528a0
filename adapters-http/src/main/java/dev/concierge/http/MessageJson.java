package dev.concierge.http;

import dev.concierge.core.conversations.Message;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/** A message as the API shows it. */
record MessageJson(
    UUID messageId,
    UUID orgId,
    UUID conversationId,
    String direction,
    String senderType,
    UUID senderPersonId,
    UUID senderAccountId,
    String content,
    String externalMessageId,
    Map<String, Object> metadataJsonb,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  static MessageJson of(Message m, ZoneId zone) {
    return new MessageJson(
        m.messageId(),
        m.orgId(),
        m.conversationId(),
        m.direction().wireName(),
        m.senderType().wireName(),
        m.senderPersonId(),
        m.senderAccountId(),
        m.content(),
        m.externalMessageId(),
        m.metadata().values(),
        Instants.at(m.createdAt(), zone),
        Instants.at(m.updatedAt(), zone));
  }
}
