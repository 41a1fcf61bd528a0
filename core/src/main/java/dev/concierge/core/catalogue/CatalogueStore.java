package dev.concierge.core.catalogue;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the catalogue (vendors, venues, restaurants, products) and the recommendations made from it
 * are kept. Each method works within one organization: another organization's entries and
 * recommendations are neither found, listed nor changed. Entries are deleted softly (a deleted one
 * is invisible, but recommendations of it keep its name); recommendations for good. An entry's
 * {@code vettedAt} follows {@code vetted} (set when it is first vetted, kept while it stays so,
 * cleared when it stops). Implementations are thread-safe.
 */
public interface CatalogueStore {
  /** A live catalogue entry, of any type. */
  Optional<Resource> find(UUID orgId, UUID resourceId);

  /** Live entries of one type that match every filter of the query, by name (then id). */
  Page<Resource> list(UUID orgId, ResourceType type, ResourceQuery query, PageRequest page);

  /**
   * Adds the entry or replaces the live one with its id, and returns it as stored (with its times).
   *
   * @throws dev.concierge.core.errors.NotFoundException when the id is another organization's entry
   *     or a deleted one
   */
  Resource save(Resource resource);

  /** Marks the entry deleted; false when there was no such live entry. */
  boolean delete(UUID orgId, UUID resourceId);

  /** The recommendation, with its catalogue entry's name and type when it names one. */
  Optional<Recommendation> findRecommendation(UUID orgId, UUID recommendationId);

  /** A person's recommendations, newest first (then by id). */
  Page<Recommendation> listRecommendations(UUID orgId, UUID personId, PageRequest page);

  /**
   * Adds the recommendation or replaces the one with its id, and returns it as stored (with its
   * times and its catalogue entry's name and type).
   *
   * @throws dev.concierge.core.errors.NotFoundException when the id is another organization's
   */
  Recommendation saveRecommendation(Recommendation recommendation);

  /** Removes the recommendation for good; false when there was no such recommendation. */
  boolean deleteRecommendation(UUID orgId, UUID recommendationId);
}
