package dev.concierge.core.dashboard;

import dev.concierge.core.catalogue.ResourceType;
import java.time.Instant;
import java.util.UUID;

/**
 * A recommendation as the dashboard lists it: {@code venueName} and {@code category} are the
 * catalogue entry's name and type (the free-form title when there is no entry), {@code resourceId}
 * the entry's id (null when there is none), so a profile can link to it.
 */
public record RecommendationSummary(
    UUID recommendationId,
    UUID resourceId,
    String venueName,
    ResourceType category,
    String notes,
    Instant createdAt) {}
