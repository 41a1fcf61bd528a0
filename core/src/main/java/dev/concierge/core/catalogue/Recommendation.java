package dev.concierge.core.catalogue;

import dev.concierge.core.model.Metadata;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Something recommended to a person, optionally within one of their projects: a catalogue entry
 * ({@code resourceId}) or a free-form {@code title}. {@code resourceName} and {@code resourceType}
 * are read from the catalogue entry, when there is one.
 */
public record Recommendation(
    UUID recommendationId,
    UUID orgId,
    UUID personId,
    UUID projectId,
    UUID resourceId,
    String resourceName,
    ResourceType resourceType,
    String title,
    String notes,
    RecommendationStatus status,
    String createdBy,
    Metadata metadata,
    Instant createdAt,
    Instant updatedAt) {

  public Recommendation {
    Objects.requireNonNull(recommendationId, "recommendationId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(status, "status");
    metadata = metadata == null ? Metadata.EMPTY : metadata;
  }

  /** What the recommendation is called: the catalogue entry's name, else its own title. */
  public String displayName() {
    return resourceName != null ? resourceName : title;
  }
}
