package dev.concierge.core.search;

import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.paging.PageRequest;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * One search: the text, whose records (one person's, or everyone's when null), the kinds of record
 * to look through (every kind when none is named) and how many hits at most (1 to 500 as a page,
 * {@value #DEFAULT_LIMIT} when not given).
 */
public record SearchQuery(SearchText text, UUID personId, Set<SearchType> types, int limit) {
  public static final int DEFAULT_LIMIT = 20;

  public SearchQuery {
    types =
        types == null || types.isEmpty()
            ? EnumSet.allOf(SearchType.class)
            : Set.copyOf(EnumSet.copyOf(types));
    if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
      throw new ValidationException("limit", "must be between 1 and " + PageRequest.MAX_LIMIT);
    }
  }

  public static SearchQuery of(String text, UUID personId, Set<SearchType> types, Integer limit) {
    return new SearchQuery(
        new SearchText(text), personId, types, limit == null ? DEFAULT_LIMIT : limit);
  }
}
