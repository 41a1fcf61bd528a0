package dev.concierge.core.catalogue;

import dev.concierge.core.model.Metadata;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Something recommended to a person, optionally within one of their projects: a catalogue entry
 * ({@code resourceId}) or a free-form {@code title}. {@code resourceName} and {@code resourceType}
 * are read from the catalogue entry, when there is one, also after it was deleted (softly); {@code
 * inCatalogue} says whether it is still there to be opened.
 */
public record Recommendation(
    UUID recommendationId,
    UUID orgId,
    UUID personId,
    UUID projectId,
    UUID resourceId,
    String resourceName,
    ResourceType resourceType,
    boolean inCatalogue,
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

  /**
   * A new recommendation to the person, as {@code input} makes it: suggested unless it says,
   * recorded as made by {@code createdBy}.
   */
  public static Recommendation of(
      UUID orgId, UUID personId, NewRecommendation input, String createdBy) {
    return new Recommendation(
        UUID.randomUUID(),
        orgId,
        personId,
        input.projectId(),
        input.resourceId(),
        null,
        null,
        false,
        input.title(),
        input.notes(),
        input.status() == null ? RecommendationStatus.SUGGESTED : input.status(),
        createdBy,
        input.metadata(),
        null,
        null);
  }

  /**
   * This recommendation with {@code changes} applied (a status validated beforehand); the name and
   * type of another catalogue entry are the store's to read.
   */
  public Recommendation changedBy(RecommendationChanges changes) {
    UUID resource = changes.resourceId().applyTo(resourceId);
    boolean sameResource = Objects.equals(resource, resourceId);
    return new Recommendation(
        recommendationId,
        orgId,
        personId,
        changes.projectId().applyTo(projectId),
        resource,
        sameResource ? resourceName : null,
        sameResource ? resourceType : null,
        sameResource && inCatalogue,
        changes.title().applyTo(title),
        changes.notes().applyTo(notes),
        changes.status().applyTo(status),
        createdBy,
        changes.metadata().applyTo(metadata),
        createdAt,
        updatedAt);
  }

  /**
   * This recommendation as a store keeps it: its entry named {@code resourceName} of {@code
   * resourceType} (both null without one), {@code inCatalogue} while that entry is not deleted,
   * created and changed at the times given.
   */
  public Recommendation stored(
      String resourceName,
      ResourceType resourceType,
      boolean inCatalogue,
      Instant createdAt,
      Instant updatedAt) {
    return new Recommendation(
        recommendationId,
        orgId,
        personId,
        projectId,
        resourceId,
        resourceName,
        resourceType,
        inCatalogue,
        title,
        notes,
        status,
        createdBy,
        metadata,
        createdAt,
        updatedAt);
  }

  /** What the recommendation is called: the catalogue entry's name, else its own title. */
  public String displayName() {
    return resourceName != null ? resourceName : title;
  }
}
