package dev.concierge.core.identities;

import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.model.WireName;

/** A partial update of a communication identity. Its channel never changes. */
public record CommIdentityChanges(
    FieldChange<String> identityValue,
    @WireName("is_primary") FieldChange<Boolean> primary,
    @WireName("is_verified") FieldChange<Boolean> verified,
    @WireName("metadata_jsonb") FieldChange<Metadata> metadata) {}
