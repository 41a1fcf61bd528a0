package dev.concierge.http;

import dev.concierge.core.settings.Environment;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

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

  public static final int DEFAULT_PORT = 8000;

  /** A laptop install answers this machine only; a container sets HOST=0.0.0.0. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** Where the staff portal runs in development. */
  public static final String DEFAULT_FRONTEND_URL = "http://localhost:3000";

  private static final Duration MAX_SHUTDOWN_GRACE = Duration.ofMinutes(5);
  private static final Pattern HOST_NAME =
      Pattern.compile(
          "(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
  private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

  /**
   * HOST, PORT, DEBUG, FRONTEND_URL, SHUTDOWN_GRACE, the rate limits ({@link RateLimits#from}) and
   * METRICS_TOKEN ({@link MetricsToken#from}); bodies up to {@link #ONE_MEGABYTE}.
   */
  public static HttpSettings from(Environment env) {
    return new HttpSettings(
        host(env),
        env.integer("PORT", 1, 65535, DEFAULT_PORT),
        ONE_MEGABYTE,
        env.flag("DEBUG"),
        env.text("FRONTEND_URL", DEFAULT_FRONTEND_URL),
        RateLimits.from(env),
        env.duration("SHUTDOWN_GRACE", Duration.ZERO, MAX_SHUTDOWN_GRACE, DEFAULT_SHUTDOWN_GRACE),
        MetricsToken.from(env).orElse(null));
  }

  /** The same, listening on {@code newPort} (0: any free one). */
  public HttpSettings withPort(int newPort) {
    return new HttpSettings(
        host,
        newPort,
        maxRequestBytes,
        debug,
        allowedOrigin,
        rateLimits,
        shutdownGrace,
        metricsToken);
  }

  /**
   * An address or a host name to listen on. A name is only checked for its form here: whether it
   * resolves is found out when the server binds it.
   */
  private static String host(Environment env) {
    String host = env.text("HOST", DEFAULT_HOST);
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (HOST_NAME.matcher(bare).matches() || isIpv6Literal(bare)) {
      return bare;
    }
    throw Environment.invalid(
        "HOST",
        "must be an address or a host name to listen on (127.0.0.1: this machine only,"
            + " 0.0.0.0: every interface)",
        host);
  }

  private static boolean isIpv6Literal(String host) {
    if (!IPV6_CHARACTERS.matcher(host).matches()) {
      return false;
    }
    try {
      // a literal is parsed, never looked up
      return InetAddress.getByName(host) instanceof Inet6Address;
    } catch (UnknownHostException e) {
      return false;
    }
  }

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
