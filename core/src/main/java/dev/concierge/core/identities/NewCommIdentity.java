package dev.concierge.core.identities;

import dev.concierge.core.model.Metadata;
import dev.concierge.core.model.WireName;

/** What adding a way to reach a person takes. Null flags are false. */
public record NewCommIdentity(
    ChannelType channelType,
    String identityValue,
    @WireName("is_primary") Boolean primary,
    @WireName("is_verified") Boolean verified,
    @WireName("metadata_jsonb") Metadata metadata) {}
