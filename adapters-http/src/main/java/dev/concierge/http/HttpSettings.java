package dev.concierge.http;

import java.util.Objects;

/**
 * How the API listens. {@code maxRequestBytes} bounds every request body; larger ones get a 413
 * problem before any of them is parsed. {@code allowedOrigin} is the one browser origin (the staff
 * portal) that CORS lets call the API; null allows none. {@code rateLimits} bounds each API key's
 * request rate and each client address's failed authentications; null means the defaults.
 */
public record HttpSettings(
    String host,
    int port,
    long maxRequestBytes,
    boolean debug,
    String allowedOrigin,
    RateLimits rateLimits) {
  public static final long ONE_MEGABYTE = 1024L * 1024L;

  public HttpSettings {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
    if (maxRequestBytes < 1) {
      throw new IllegalArgumentException("maxRequestBytes must be positive");
    }
    rateLimits = rateLimits == null ? RateLimits.DEFAULT : rateLimits;
  }

  public HttpSettings(
      String host, int port, long maxRequestBytes, boolean debug, String allowedOrigin) {
    this(host, port, maxRequestBytes, debug, allowedOrigin, null);
  }

  public HttpSettings(String host, int port, long maxRequestBytes, boolean debug) {
    this(host, port, maxRequestBytes, debug, null, null);
  }

  public static HttpSettings onPort(int port) {
    return new HttpSettings("0.0.0.0", port, ONE_MEGABYTE, false, null, null);
  }
}
