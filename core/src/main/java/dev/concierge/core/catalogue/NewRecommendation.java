package dev.concierge.core.catalogue;

import dev.concierge.core.model.Metadata;
import dev.concierge.core.model.WireName;
import java.util.UUID;

/** What recommending something to a person takes: a catalogue entry or a title (or both). */
public record NewRecommendation(
    UUID projectId,
    UUID resourceId,
    String title,
    String notes,
    RecommendationStatus status,
    @WireName("metadata_jsonb") Metadata metadata) {}
