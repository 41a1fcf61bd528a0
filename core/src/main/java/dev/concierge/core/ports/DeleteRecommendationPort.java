package dev.concierge.core.ports;

import java.util.UUID;

public interface DeleteRecommendationPort {
  boolean deleteRecommendation(UUID orgId, UUID recommendationId);
}
