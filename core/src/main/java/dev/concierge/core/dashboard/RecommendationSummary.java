package dev.concierge.core.dashboard;

import dev.concierge.core.catalogue.ResourceType;
import java.time.Instant;
import java.util.UUID;

/**
 * A recommendation as the dashboard lists it: {@code venueName} and {@code category} are the
 * catalogue entry's name and type (the free-form title when there is no entry), {@code resourceId}
 * the entry's id (null when there is none), so a profile can link to it while {@code inCatalogue}
 * (false once the entry is deleted: its name and type stay); {@code title} the recommendation's own
 * title, which says what the entry was for ("Anniversary dinner"), null when it has none.
 */
public record RecommendationSummary(
    UUID recommendationId,
    UUID resourceId,
    String venueName,
    ResourceType category,
    boolean inCatalogue,
    String title,
    String notes,
    Instant createdAt) {}
