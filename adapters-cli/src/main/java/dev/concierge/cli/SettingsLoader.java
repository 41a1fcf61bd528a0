package dev.concierge.cli;

import dev.concierge.claude.ClaudeSettings;
import dev.concierge.core.errors.ConfigurationException;
import dev.concierge.core.reminders.delivery.RetryPolicy;
import dev.concierge.http.HttpSettings;
import dev.concierge.http.MetricsToken;
import dev.concierge.http.RateLimits;
import dev.concierge.library.auth.JwtAccessTokens;
import dev.concierge.library.auth.TokenSettings;
import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.ses.SesSettings;
import dev.concierge.slack.SlackSettings;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@link Settings} from environment variables, the names the original system used. */
public final class SettingsLoader {
  static final int DEFAULT_PORT = 8000;

  /** A laptop install answers this machine only; a container sets HOST=0.0.0.0. */
  static final String DEFAULT_HOST = "127.0.0.1";

  static final Duration DEFAULT_REMINDER_CHECK_INTERVAL = Duration.ofMinutes(5);
  static final int DEFAULT_REMINDER_MAX_ATTEMPTS = 5;
  private static final Duration MAX_SHUTDOWN_GRACE = Duration.ofMinutes(5);
  private static final Set<String> TRUE_WORDS = Set.of("1", "true", "yes", "on");
  private static final Set<String> FALSE_WORDS = Set.of("0", "false", "no", "off");
  private static final String OFF = "off";
  private static final Pattern RATE = Pattern.compile("\\d{1,7}(\\.\\d{1,3})?");
  private static final Pattern HOST_NAME =
      Pattern.compile(
          "(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
  private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

  private final Map<String, String> env;

  public SettingsLoader(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  public Settings load(String buildVersion) {
    // main has chosen the format before logging started; checked here so that a typo stops the
    // command instead of silently logging text
    LogFormat.parse(env.get(LogFormat.VARIABLE));
    String databaseUrl = value("DATABASE_URL");
    return new Settings(
        databaseUrl == null ? null : DatabaseUrl.parse(databaseUrl),
        dataDir(),
        host(),
        port(),
        valueOr("APP_NAME", "Concierge"),
        valueOr("APP_VERSION", buildVersion),
        flag("DEBUG"),
        valueOr("FRONTEND_URL", "http://localhost:3000"),
        reminderCheckInterval(),
        reminderMaxAttempts(),
        reminderRetryDelay(),
        new SlackSettings(
            value("SLACK_BOT_TOKEN"), value("SLACK_USER_TOKEN"), value("SLACK_APP_TOKEN")),
        new ClaudeSettings(value("ANTHROPIC_API_KEY"), value("ANTHROPIC_MODEL")),
        new SesSettings(
            value("AWS_ACCESS_KEY_ID"),
            value("AWS_SECRET_ACCESS_KEY"),
            value("AWS_REGION"),
            value("EMAIL_FROM")),
        new Settings.ProviderEndpoints(
            httpUrl("SLACK_API_URL"),
            uri(httpUrl("AWS_ENDPOINT_URL")),
            httpUrl("ANTHROPIC_BASE_URL")),
        rateLimits(),
        tokens(),
        shutdownGrace(),
        metricsToken());
  }

  private MetricsToken metricsToken() {
    String token = value("METRICS_TOKEN");
    if (token == null) {
      return null;
    }
    if (token.length() < MetricsToken.MIN_LENGTH) {
      // the length only: a secret is never printed, not even a wrong one
      throw new ConfigurationException(
          "METRICS_TOKEN must be at least "
              + MetricsToken.MIN_LENGTH
              + " characters, got "
              + token.length()
              + "; generate one with 'openssl rand -hex 24', or unset it to leave /metrics public");
    }
    return MetricsToken.of(token);
  }

  /**
   * An address or a host name to listen on. A name is only checked for its form here: whether it
   * resolves is found out when serve binds it.
   */
  private String host() {
    String host = value("HOST");
    if (host == null) {
      return DEFAULT_HOST;
    }
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (HOST_NAME.matcher(bare).matches() || isIpv6Literal(bare)) {
      return bare;
    }
    throw new ConfigurationException(
        "HOST must be an address or a host name to listen on (127.0.0.1: this machine only,"
            + " 0.0.0.0: every interface), got \""
            + host
            + "\"");
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

  private TokenSettings tokens() {
    String secret = value("JWT_SECRET");
    if (secret != null && TokenSettings.bytes(secret) < JwtAccessTokens.MIN_SECRET_BYTES) {
      // the length only: a secret is never printed, not even a wrong one
      throw new ConfigurationException(
          "JWT_SECRET must be at least "
              + JwtAccessTokens.MIN_SECRET_BYTES
              + " bytes, got "
              + TokenSettings.bytes(secret)
              + "; generate one with 'openssl rand -base64 48', or unset it to have one generated"
              + " in the data directory");
    }
    String ttl = value("ACCESS_TOKEN_TTL");
    Duration lifetime = ttl == null ? TokenSettings.DEFAULT_LIFETIME : parseDuration(ttl);
    if (lifetime == null
        || lifetime.compareTo(TokenSettings.MIN_LIFETIME) < 0
        || lifetime.compareTo(TokenSettings.MAX_LIFETIME) > 0) {
      throw new ConfigurationException(
          "ACCESS_TOKEN_TTL must be between 1 minute and 12 hours, as seconds (900), a short"
              + " form (15m) or ISO-8601 (PT15M); got \""
              + ttl
              + "\"");
    }
    return new TokenSettings(secret, lifetime);
  }

  private Duration shutdownGrace() {
    String value = value("SHUTDOWN_GRACE");
    if (value == null) {
      return HttpSettings.DEFAULT_SHUTDOWN_GRACE;
    }
    Duration grace = parseDuration(value);
    if (grace == null || grace.isNegative() || grace.compareTo(MAX_SHUTDOWN_GRACE) > 0) {
      throw new ConfigurationException(
          "SHUTDOWN_GRACE must be between 0 seconds and 5 minutes, as seconds (20), a short form"
              + " (20s) or ISO-8601 (PT20S); got \""
              + value
              + "\"");
    }
    return grace;
  }

  private RateLimits rateLimits() {
    return new RateLimits(
        rateOrOff("RATE_LIMIT_PER_SECOND", RateLimits.DEFAULT.requestsPerSecond()),
        countOrOff("RATE_LIMIT_BURST", RateLimits.DEFAULT.burst()),
        countOrOff("AUTH_FAILURES_PER_MINUTE", RateLimits.DEFAULT.authFailuresPerMinute()));
  }

  private double rateOrOff(String name, double fallback) {
    String value = value(name);
    if (value == null) {
      return fallback;
    }
    if (OFF.equalsIgnoreCase(value)) {
      return 0;
    }
    if (RATE.matcher(value).matches()) {
      double rate = Double.parseDouble(value);
      if (rate <= RateLimits.MAX) {
        return rate;
      }
    }
    throw new ConfigurationException(
        name
            + " must be a number from 0.001 to "
            + RateLimits.MAX
            + " (0.5 is one request every two seconds), or 0 or off for no limit; got \""
            + value
            + "\"");
  }

  private int countOrOff(String name, int fallback) {
    String value = value(name);
    if (value == null) {
      return fallback;
    }
    if (OFF.equalsIgnoreCase(value)) {
      return 0;
    }
    try {
      int count = Integer.parseInt(value);
      if (count >= 0 && count <= RateLimits.MAX) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigurationException(
        name
            + " must be a whole number from 0 to "
            + RateLimits.MAX
            + ", or 0 or off for no limit; got \""
            + value
            + "\"");
  }

  private Duration reminderRetryDelay() {
    String value = value("REMINDER_RETRY_DELAY");
    if (value == null) {
      return RetryPolicy.DEFAULT.firstDelay();
    }
    Duration delay = parseDuration(value);
    if (delay == null
        || delay.isNegative()
        || delay.compareTo(RetryPolicy.DEFAULT.maxDelay()) > 0) {
      throw new ConfigurationException(
          "REMINDER_RETRY_DELAY must be between 0 seconds and 1 hour, as seconds (60), a short"
              + " form (1m) or ISO-8601 (PT1M); got \""
              + value
              + "\"");
    }
    return delay;
  }

  private String httpUrl(String name) {
    String value = value(name);
    if (value == null) {
      return null;
    }
    try {
      URI uri = new URI(value);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return value;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new ConfigurationException(name + " must be an http(s) URL, got \"" + value + "\"");
  }

  private static URI uri(String value) {
    return value == null ? null : URI.create(value);
  }

  private Path dataDir() {
    String dir = valueOr("CONCIERGE_DATA_DIR", "./data");
    try {
      return Path.of(dir).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new ConfigurationException("CONCIERGE_DATA_DIR is not a valid path: " + dir);
    }
  }

  private int reminderMaxAttempts() {
    String value = value("REMINDER_MAX_ATTEMPTS");
    if (value == null) {
      return DEFAULT_REMINDER_MAX_ATTEMPTS;
    }
    try {
      int attempts = Integer.parseInt(value);
      if (attempts >= 1 && attempts <= 100) {
        return attempts;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigurationException(
        "REMINDER_MAX_ATTEMPTS must be a number from 1 to 100, got \"" + value + "\"");
  }

  private int port() {
    String port = value("PORT");
    if (port == null) {
      return DEFAULT_PORT;
    }
    try {
      int value = Integer.parseInt(port);
      if (value >= 1 && value <= 65535) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigurationException("PORT must be a number from 1 to 65535, got \"" + port + "\"");
  }

  /** DEBUG as early as logging needs it, before the rest is validated; garbage reads as off. */
  static boolean debugRequested(Map<String, String> env) {
    String value = env.get("DEBUG");
    return value != null && TRUE_WORDS.contains(value.strip().toLowerCase(Locale.ROOT));
  }

  private boolean flag(String name) {
    String value = value(name);
    if (value == null) {
      return false;
    }
    String word = value.toLowerCase(Locale.ROOT);
    if (TRUE_WORDS.contains(word)) {
      return true;
    }
    if (FALSE_WORDS.contains(word)) {
      return false;
    }
    throw new ConfigurationException(name + " must be true or false, got \"" + value + "\"");
  }

  /**
   * Accepts seconds ({@code 300}), a short form ({@code 5m}, {@code 30s}) or ISO-8601 ({@code
   * PT5M}).
   */
  private Duration reminderCheckInterval() {
    String value = value("REMINDER_CHECK_INTERVAL");
    if (value == null) {
      return DEFAULT_REMINDER_CHECK_INTERVAL;
    }
    Duration interval = parseDuration(value);
    if (interval == null
        || interval.compareTo(Duration.ofSeconds(1)) < 0
        || interval.compareTo(Duration.ofDays(1)) > 0) {
      throw new ConfigurationException(
          "REMINDER_CHECK_INTERVAL must be between 1 second and 1 day, as seconds (300), "
              + "a short form (5m) or ISO-8601 (PT5M); got \""
              + value
              + "\"");
    }
    return interval;
  }

  static Duration parseDuration(String value) {
    String trimmed = value.strip();
    Matcher m = SHORT_DURATION.matcher(trimmed.toLowerCase(Locale.ROOT));
    if (m.matches()) {
      long amount;
      try {
        amount = Long.parseLong(m.group(1));
      } catch (NumberFormatException e) {
        return null;
      }
      String unit = m.group(2) == null ? "s" : m.group(2);
      return switch (unit) {
        case "ms" -> Duration.ofMillis(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofSeconds(amount);
      };
    }
    try {
      return Duration.parse(trimmed.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private String valueOr(String name, String fallback) {
    String value = value(name);
    return value == null ? fallback : value;
  }

  private String value(String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
