package dev.concierge.core.ports;

import dev.concierge.core.catalogue.Recommendation;

public interface SaveRecommendationPort {
  /** Inserts or updates; returns it with its catalogue entry's name and type. */
  Recommendation saveRecommendation(Recommendation recommendation);
}
