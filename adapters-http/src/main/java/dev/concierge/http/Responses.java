package dev.concierge.http;

import dev.concierge.core.paging.Page;
import io.javalin.http.Context;

/** The shapes every endpoint answers in: a page with its total, a creation, a deletion. */
final class Responses {
  static final String TOTAL_COUNT = "X-Total-Count";

  private Responses() {}

  static void page(Context ctx, Page<?> page) {
    ctx.header(TOTAL_COUNT, Long.toString(page.total())).json(page.items());
  }

  static void created(Context ctx, String location, Object body) {
    ctx.status(201).header("Location", location).json(body);
  }

  static void deleted(Context ctx) {
    ctx.status(204);
  }
}
