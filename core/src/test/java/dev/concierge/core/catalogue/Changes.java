package dev.concierge.core.catalogue;

import dev.concierge.core.model.FieldChange;
import java.util.UUID;

/** Partial updates of catalogue entries and recommendations, for the tests. */
final class Changes {
  private Changes() {}

  static ResourceChanges resource(FieldChange<String> name, FieldChange<Boolean> vetted) {
    return resource(name, FieldChange.unchanged(), vetted);
  }

  static ResourceChanges website(String website) {
    return resource(FieldChange.unchanged(), FieldChange.to(website), FieldChange.unchanged());
  }

  private static ResourceChanges resource(
      FieldChange<String> name, FieldChange<String> website, FieldChange<Boolean> vetted) {
    return new ResourceChanges(
        name,
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        website,
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        vetted,
        FieldChange.unchanged(),
        FieldChange.unchanged());
  }

  static RecommendationChanges recommendation(
      FieldChange<UUID> projectId,
      FieldChange<UUID> resourceId,
      FieldChange<RecommendationStatus> status) {
    return new RecommendationChanges(
        projectId,
        resourceId,
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        status,
        FieldChange.unchanged());
  }
}
