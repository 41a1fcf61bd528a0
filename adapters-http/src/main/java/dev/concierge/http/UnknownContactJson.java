package dev.concierge.http;

import dev.concierge.core.frontdesk.UnknownContact;
import java.time.Instant;
import java.util.UUID;

/** Someone who wrote from an address no person has, as the API shows them (instants in UTC). */
record UnknownContactJson(
    UUID unknownContactId,
    UUID orgId,
    String channelType,
    String identityValue,
    String displayName,
    String lastMessage,
    int messageCount,
    Instant firstSeenAt,
    Instant lastSeenAt) {

  static UnknownContactJson of(UnknownContact c) {
    return new UnknownContactJson(
        c.unknownContactId(),
        c.orgId(),
        c.channelType().wireName(),
        c.identityValue(),
        c.displayName(),
        c.lastMessage(),
        c.messageCount(),
        c.firstSeenAt(),
        c.lastSeenAt());
  }
}
