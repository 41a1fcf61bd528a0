package dev.concierge.http;

import dev.concierge.http.metrics.ServiceMetrics;
import io.javalin.http.Context;
import java.util.List;

/** {@code GET /metrics}: the Prometheus scrape, public like /health. */
final class MetricsController {
  private final ServiceMetrics metrics;

  MetricsController(ServiceMetrics metrics) {
    this.metrics = metrics;
  }

  List<Operation> operations() {
    return List.of(Operation.get("/metrics", "getMetrics", Access.PUBLIC, this::metrics));
  }

  private void metrics(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.contentType(ServiceMetrics.CONTENT_TYPE).result(metrics.scrape());
  }
}
