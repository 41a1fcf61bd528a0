package dev.concierge.core.identities;

import dev.concierge.core.model.Metadata;
import dev.concierge.core.model.WireName;

/** What adding a way to reach a person takes. Null flags are false. */
public record NewCommIdentity(
    ChannelType channelType,
    String identityValue,
    @WireName("is_primary") Boolean primary,
    @WireName("is_verified") Boolean verified,
    @WireName("metadata_jsonb") Metadata metadata) {

  /** The way to reach a person on {@code channel} first, e.g. their email address. */
  public static NewCommIdentity primary(ChannelType channel, String value) {
    return new NewCommIdentity(channel, value, true, false, Metadata.EMPTY);
  }
}
