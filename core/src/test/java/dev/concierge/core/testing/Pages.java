package dev.concierge.core.testing;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.List;

/** One page of a list already in its order, as the stores' queries would cut it. */
public final class Pages {
  private Pages() {}

  public static <T> Page<T> of(List<T> ordered, PageRequest page) {
    int from = Math.min(page.skip(), ordered.size());
    int to = (int) Math.min((long) from + page.limit(), ordered.size());
    return new Page<>(List.copyOf(ordered.subList(from, to)), ordered.size());
  }
}
