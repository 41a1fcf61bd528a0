package dev.concierge.core.frontdesk;

import dev.concierge.core.identities.ChannelType;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Someone who wrote to the concierge on a channel whose address no person's comm identity has
 * (yet): staff link them to a person, after which they are no longer unknown.
 *
 * @param identityValue how the channel names them (a Slack user id): the value a comm identity
 *     linking them gets
 * @param displayName the name the channel shows for them, when it said
 * @param lastMessage the start of what they wrote last, for staff to tell who it is
 */
public record UnknownContact(
    UUID unknownContactId,
    UUID orgId,
    ChannelType channelType,
    String identityValue,
    String displayName,
    String lastMessage,
    int messageCount,
    Instant firstSeenAt,
    Instant lastSeenAt) {

  /** How much of the last message is kept. */
  public static final int LAST_MESSAGE_LENGTH = 500;

  /** How much of the name is kept. */
  public static final int NAME_LENGTH = 200;

  public UnknownContact {
    Objects.requireNonNull(unknownContactId, "unknownContactId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(channelType, "channelType");
    Objects.requireNonNull(identityValue, "identityValue");
    lastMessage = cut(lastMessage, LAST_MESSAGE_LENGTH);
    displayName = cut(displayName, NAME_LENGTH);
  }

  /** A first sighting, at {@code at}, to be merged into what the store knows of them. */
  public static UnknownContact seen(
      UUID orgId,
      ChannelType channel,
      String identityValue,
      String displayName,
      String message,
      Instant at) {
    return new UnknownContact(
        UUID.randomUUID(), orgId, channel, identityValue, displayName, message, 1, at, at);
  }

  private static String cut(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }
}
