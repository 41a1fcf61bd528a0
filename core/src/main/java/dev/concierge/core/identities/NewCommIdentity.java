package dev.concierge.core.identities;

import dev.concierge.core.model.ChannelType;
import dev.concierge.core.model.Metadata;

/** What adding a way to reach a person takes. Null flags are false. */
public record NewCommIdentity(
    ChannelType channelType,
    String identityValue,
    Boolean primary,
    Boolean verified,
    Metadata metadata) {}
