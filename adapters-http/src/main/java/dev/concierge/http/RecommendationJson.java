package dev.concierge.http;

import dev.concierge.core.catalogue.Recommendation;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * A recommendation as the API shows it; {@code venue_name} and {@code category} are its catalogue
 * entry's name and type (the title, and null, without one), kept after the entry is deleted, when
 * {@code in_catalogue} turns false.
 */
record RecommendationJson(
    UUID recommendationId,
    UUID orgId,
    UUID personId,
    UUID projectId,
    UUID resourceId,
    String venueName,
    String category,
    boolean inCatalogue,
    String title,
    String notes,
    String status,
    String createdBy,
    Map<String, Object> metadataJsonb,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  static RecommendationJson of(Recommendation r, ZoneId zone) {
    return new RecommendationJson(
        r.recommendationId(),
        r.orgId(),
        r.personId(),
        r.projectId(),
        r.resourceId(),
        r.displayName(),
        r.resourceType() == null ? null : r.resourceType().wireName(),
        r.inCatalogue(),
        r.title(),
        r.notes(),
        r.status().wireName(),
        r.createdBy(),
        r.metadata().values(),
        Instants.at(r.createdAt(), zone),
        Instants.at(r.updatedAt(), zone));
  }
}
