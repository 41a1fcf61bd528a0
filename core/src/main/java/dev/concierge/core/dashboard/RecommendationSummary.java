package dev.concierge.core.dashboard;

import dev.concierge.core.catalogue.ResourceType;
import java.time.Instant;
import java.util.UUID;

/**
 * A recommendation as the dashboard lists it: {@code venueName} and {@code category} are the
 * catalogue entry's name and type (the free-form title when there is no entry).
 */
public record RecommendationSummary(
    UUID recommendationId,
    String venueName,
    ResourceType category,
    String notes,
    Instant createdAt) {}
