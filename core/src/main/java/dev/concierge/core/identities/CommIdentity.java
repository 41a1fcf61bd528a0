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

  /** This identity with the fields a change may set, as they are after it. */
  public CommIdentity changed(
      String identityValue, boolean primary, boolean verified, Metadata metadata) {
    return new CommIdentity(
        commIdentityId,
        orgId,
        personId,
        channelType,
        identityValue,
        primary,
        verified,
        metadata,
        createdAt,
        updatedAt);
  }

  /**
   * This identity as a store keeps it: created at {@code createdAt}, changed at {@code updatedAt}.
   */
  public CommIdentity stored(Instant createdAt, Instant updatedAt) {
    return new CommIdentity(
        commIdentityId,
        orgId,
        personId,
        channelType,
        identityValue,
        primary,
        verified,
        metadata,
        createdAt,
        updatedAt);
  }
}
