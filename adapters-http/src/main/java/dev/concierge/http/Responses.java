package dev.concierge.http;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.search.SearchText;
import io.javalin.http.Context;

/** The shapes every endpoint answers in: a page with its total, a creation, a deletion. */
final class Responses {
  static final String TOTAL_COUNT = "X-Total-Count";

  /**
   * On a list narrowed by {@code q}: "true" when its total was counted only up to {@link
   * Page#COUNTED_UP_TO} past the page's start and reached that bound, so there may be more.
   */
  static final String TOTAL_COUNT_CAPPED = "X-Total-Count-Capped";

  private Responses() {}

  static void page(Context ctx, Page<?> page) {
    ctx.header(TOTAL_COUNT, Long.toString(page.total())).json(page.items());
  }

  /**
   * As {@link #page}, for a list whose total a {@code q} may have counted only up to the bound, or
   * exactly when {@code matching} is null: the page says which in {@link #TOTAL_COUNT_CAPPED}.
   */
  static void page(Context ctx, Page<?> page, SearchText matching, PageRequest request) {
    if (matching != null) {
      ctx.header(TOTAL_COUNT_CAPPED, Boolean.toString(page.countReachedBound(request)));
    }
    page(ctx, page);
  }

  static void created(Context ctx, String location, Object body) {
    ctx.status(201).header("Location", location).json(body);
  }

  static void deleted(Context ctx) {
    ctx.status(204);
  }
}
