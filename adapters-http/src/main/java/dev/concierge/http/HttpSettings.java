package dev.concierge.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How the API listens. {@code maxRequestBytes} bounds every request body; larger ones get a 413
 * problem before any of them is parsed. {@code allowedOrigin} is the one browser origin (the staff
 * portal) that CORS lets call the API; null allows none. {@code rateLimits} bounds each API key's
 * request rate and each client address's failed authentications; null means the defaults. {@code
 * shutdownGrace} is how long stopping waits for requests in flight to finish; null means {@link
 * #DEFAULT_SHUTDOWN_GRACE}, zero cuts them off. {@code metricsToken} is what a /metrics scrape must
 * carry; null leaves /metrics public.
 */
public record HttpSettings(
    String host,
    int port,
    long maxRequestBytes,
    boolean debug,
    String allowedOrigin,
    RateLimits rateLimits,
    Duration shutdownGrace,
    MetricsToken metricsToken) {
  public static final long ONE_MEGABYTE = 1024L * 1024L;

  /** Inside the 30 s that Kubernetes and most process managers allow before they kill. */
  public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(20);

  public HttpSettings {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
    if (maxRequestBytes < 1) {
      throw new IllegalArgumentException("maxRequestBytes must be positive");
    }
    rateLimits = rateLimits == null ? RateLimits.DEFAULT : rateLimits;
    shutdownGrace = shutdownGrace == null ? DEFAULT_SHUTDOWN_GRACE : shutdownGrace;
    if (shutdownGrace.isNegative()) {
      throw new IllegalArgumentException("shutdownGrace must not be negative");
    }
  }

  public HttpSettings(
      String host,
      int port,
      long maxRequestBytes,
      boolean debug,
      String allowedOrigin,
      RateLimits rateLimits) {
    this(host, port, maxRequestBytes, debug, allowedOrigin, rateLimits, null, null);
  }

  public HttpSettings(
      String host, int port, long maxRequestBytes, boolean debug, String allowedOrigin) {
    this(host, port, maxRequestBytes, debug, allowedOrigin, null, null, null);
  }

  public HttpSettings(String host, int port, long maxRequestBytes, boolean debug) {
    this(host, port, maxRequestBytes, debug, null, null, null, null);
  }
}
