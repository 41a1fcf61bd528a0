package dev.concierge.http;

import dev.concierge.core.errors.UnauthenticatedException;
import dev.concierge.http.metrics.ServiceMetrics;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /metrics}: the Prometheus scrape. Public like /health unless a {@link MetricsToken} is
 * set; then only a request carrying it as a bearer token gets it, any other a 401 problem with a
 * Bearer challenge.
 */
final class MetricsController {
  private static final String BEARER = "bearer ";

  private final ServiceMetrics metrics;
  private final MetricsToken token;

  /**
   * @param token the token a scrape must carry, or null for a public /metrics
   */
  MetricsController(ServiceMetrics metrics, MetricsToken token) {
    this.metrics = metrics;
    this.token = token;
  }

  List<Operation> operations() {
    return List.of(Operation.get("/metrics", "getMetrics", Access.PUBLIC, this::metrics));
  }

  private void metrics(Context ctx) {
    if (token != null && !token.admits(bearer(ctx.header("Authorization")))) {
      throw new UnauthenticatedException(
          "Send the metrics token as \"Authorization: Bearer <METRICS_TOKEN>\".");
    }
    ctx.header("Cache-Control", "no-store");
    ctx.contentType(ServiceMetrics.CONTENT_TYPE).result(metrics.scrape());
  }

  /** The credential of an {@code Authorization: Bearer …} header, or null for any other. */
  private static String bearer(String header) {
    if (header == null
        || header.length() <= BEARER.length()
        || !header.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
      return null;
    }
    return header.substring(BEARER.length()).strip();
  }
}
