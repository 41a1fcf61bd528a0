package dev.concierge.core.catalogue;

import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.model.WireName;
import java.util.UUID;

/** A partial update of a recommendation. */
public record RecommendationChanges(
    FieldChange<UUID> projectId,
    FieldChange<UUID> resourceId,
    FieldChange<String> title,
    FieldChange<String> notes,
    FieldChange<RecommendationStatus> status,
    @WireName("metadata_jsonb") FieldChange<Metadata> metadata) {}
