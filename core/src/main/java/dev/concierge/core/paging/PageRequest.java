package dev.concierge.core.paging;

import dev.concierge.core.errors.FieldErrors;

/** Which slice of a list: skip this many, return at most {@code limit} (1 to 500). */
public record PageRequest(int skip, int limit) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  public PageRequest {
    FieldErrors errors = new FieldErrors();
    if (skip < 0) {
      errors.add("skip", "must be 0 or more");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      errors.add("limit", "must be between 1 and " + MAX_LIMIT);
    }
    errors.throwIfAny();
  }

  /** Absent values take the defaults (skip 0, limit 50). */
  public static PageRequest of(Integer skip, Integer limit) {
    return new PageRequest(skip == null ? 0 : skip, limit == null ? DEFAULT_LIMIT : limit);
  }
}
