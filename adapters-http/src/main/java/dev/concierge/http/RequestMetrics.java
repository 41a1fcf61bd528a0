package dev.concierge.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every request as {@code http_server_requests_seconds{method,route,status}}. The route is
 * the matched path template, never the URL a caller sent, so ids and probes for paths that do not
 * exist cannot make a series each.
 */
final class RequestMetrics {
  private static final String STARTED = RequestMetrics.class.getName() + ".started";
  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
  private static final Duration[] BUCKETS = {
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10)
  };

  private final MeterRegistry registry;
  private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

  RequestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Register before the other before-handlers, so that the time includes theirs. */
  void register(RoutesConfig routes) {
    routes.before(ctx -> ctx.attribute(STARTED, registry.config().clock().monotonicTime()));
    routes.after(this::stop);
  }

  private void stop(Context ctx) {
    Long started = ctx.attribute(STARTED);
    if (started == null) {
      return; // it never passed our before-handler, so there is no start to time from
    }
    long elapsed = registry.config().clock().monotonicTime() - started;
    Key key = new Key(method(ctx), route(ctx), ctx.statusCode());
    Timer timer = timers.get(key);
    if (timer == null) {
      timer = timers.computeIfAbsent(key, this::register);
    }
    timer.record(elapsed, TimeUnit.NANOSECONDS);
  }

  private Timer register(Key key) {
    return Timer.builder("http.server.requests")
        .description("HTTP requests by matched route")
        .tags(
            "method", key.method(), "route", key.route(), "status", Integer.toString(key.status()))
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }

  private static String method(Context ctx) {
    String method = ctx.method().name();
    return METHODS.contains(method) ? method : "OTHER";
  }

  private static String route(Context ctx) {
    Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    if (matched != null) {
      return matched.path;
    }
    return ctx.statusCode() == 404 ? "NOT_FOUND" : "UNMATCHED";
  }

  private record Key(String method, String route, int status) {}
}
