package dev.concierge.core.identities;

import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.Metadata;

/** A partial update of a communication identity. Its channel never changes. */
public record CommIdentityChanges(
    FieldChange<String> identityValue,
    FieldChange<Boolean> primary,
    FieldChange<Boolean> verified,
    FieldChange<Metadata> metadata) {}
