package dev.concierge.http;

import dev.concierge.http.metrics.ServiceMetrics;
import io.javalin.http.Context;

/** {@code GET /metrics}: the Prometheus scrape, public like /health. */
final class MetricsController {
  private final ServiceMetrics metrics;

  MetricsController(ServiceMetrics metrics) {
    this.metrics = metrics;
  }

  void metrics(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.contentType(ServiceMetrics.CONTENT_TYPE).result(metrics.scrape());
  }
}
