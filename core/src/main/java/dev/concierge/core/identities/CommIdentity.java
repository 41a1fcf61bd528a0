package dev.concierge.core.identities;

import dev.concierge.core.model.Metadata;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * How to reach a person on one channel: a Slack user id, an email address, a phone number. At most
 * one identity per person and channel is primary; reminders go there first.
 */
public record CommIdentity(
    UUID commIdentityId,
    UUID orgId,
    UUID personId,
    ChannelType channelType,
    String identityValue,
    boolean primary,
    boolean verified,
    Metadata metadata,
    Instant createdAt,
    Instant updatedAt) {

  public CommIdentity {
    Objects.requireNonNull(commIdentityId, "commIdentityId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(channelType, "channelType");
    Objects.requireNonNull(identityValue, "identityValue");
    metadata = metadata == null ? Metadata.EMPTY : metadata;
  }
}
