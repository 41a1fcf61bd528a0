package dev.concierge.core.catalogue;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the catalogue (vendors, venues, restaurants, products) and the recommendations made from it
 * are kept. Implementations are thread-safe.
 */
public interface CatalogueStore {
  /** A live catalogue entry of any type. */
  Optional<Resource> loadResource(UUID orgId, UUID resourceId);

  /** Live entries of one type matching the query, by name. */
  Page<Resource> listResources(
      UUID orgId, ResourceType type, ResourceQuery query, PageRequest page);

  /** Inserts or updates; vetted_at follows is_vetted. */
  Resource saveResource(Resource resource);

  /** Soft-deletes, so past recommendations keep their subject. */
  boolean deleteResource(UUID orgId, UUID resourceId);

  Optional<Recommendation> loadRecommendation(UUID orgId, UUID recommendationId);

  /** Newest first. */
  Page<Recommendation> listRecommendations(UUID orgId, UUID personId, PageRequest page);

  /** Inserts or updates; returns it with its catalogue entry's name and type. */
  Recommendation saveRecommendation(Recommendation recommendation);

  boolean deleteRecommendation(UUID orgId, UUID recommendationId);
}
