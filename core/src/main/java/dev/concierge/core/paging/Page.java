package dev.concierge.core.paging;

import java.util.List;
import java.util.function.Function;

/** One slice of a list and how many items the whole list has. */
public record Page<T>(List<T> items, long total) {
  /**
   * How far past a page's start a list counted up to a bound counts (the portal's queues and the
   * home page on an organization of millions of rows): a total of {@code skip + COUNTED_UP_TO} then
   * means at least as many.
   */
  public static final int COUNTED_UP_TO = 1_000;

  public Page {
    items = List.copyOf(items);
  }

  /** This page with its total counted only up to the bound, as a bounded count would find it. */
  public Page<T> countedUpTo(PageRequest page) {
    return new Page<>(items, Math.min(total, (long) page.skip() + COUNTED_UP_TO));
  }

  /** Whether a total counted up to the bound reached it: there may be more than it says. */
  public boolean countReachedBound(PageRequest page) {
    return total >= (long) page.skip() + COUNTED_UP_TO;
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), total);
  }
}
