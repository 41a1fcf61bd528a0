package dev.concierge.core.ports;

import dev.concierge.core.catalogue.Recommendation;
import java.util.Optional;
import java.util.UUID;

public interface LoadRecommendationPort {
  Optional<Recommendation> loadRecommendation(UUID orgId, UUID recommendationId);
}
