package dev.concierge.core.search;

import java.util.List;
import java.util.UUID;

/**
 * The read model a search runs on: every searchable record of an organization. Deleted records, and
 * records of deleted persons, projects or conversations, are never found. Implementations are
 * thread-safe.
 */
public interface SearchIndex {
  /** At most {@code query.limit()} hits of the query's types, best first (then by type and id). */
  List<SearchHit> find(UUID orgId, SearchQuery query);
}
