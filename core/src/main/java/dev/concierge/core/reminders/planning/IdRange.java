package dev.concierge.core.reminders.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A slice of the id space, [low, high), in PostgreSQL's uuid order (unsigned, byte by byte). Ids
 * are random, so equal slices hold about equal shares of the rows; a null bound is open.
 */
public record IdRange(UUID low, UUID high) {
  public static final IdRange ALL = new IdRange(null, null);

  /** {@code parts} contiguous slices covering every id. */
  public static List<IdRange> split(int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be positive");
    }
    long step = Long.divideUnsigned(-1L, parts);
    List<IdRange> ranges = new ArrayList<>(parts);
    UUID low = null;
    for (int k = 1; k <= parts; k++) {
      UUID high = k == parts ? null : new UUID(step * k, 0L);
      ranges.add(new IdRange(low, high));
      low = high;
    }
    return ranges;
  }
}
