package dev.concierge.core.ports;

import dev.concierge.core.catalogue.Recommendation;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.UUID;

public interface ListRecommendationsPort {
  /** Newest first. */
  Page<Recommendation> listRecommendations(UUID orgId, UUID personId, PageRequest page);
}
