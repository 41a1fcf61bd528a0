package dev.concierge.http;

import dev.concierge.core.health.CheckHealth;
import dev.concierge.core.health.HealthReport;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /health}: 200 when this instance can serve, 503 when the database is down. The Slack
 * connection is reported but does not make the instance unhealthy.
 */
final class HealthController {
  private final CheckHealth checkHealth;

  HealthController(CheckHealth checkHealth) {
    this.checkHealth = checkHealth;
  }

  List<Operation> operations() {
    return List.of(Operation.get("/health", "getHealth", Access.PUBLIC, this::health));
  }

  private void health(Context ctx) {
    HealthReport report = checkHealth.check();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", report.healthy() ? "ok" : "unavailable");
    body.put("version", report.version());
    body.put("database", report.databaseUp() ? "up" : "down");
    body.put("slack", report.slack().wireName());
    ctx.header("Cache-Control", "no-store");
    ctx.status(report.healthy() ? 200 : 503).json(body);
  }
}
