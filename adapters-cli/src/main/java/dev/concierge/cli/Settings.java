package dev.concierge.cli;

import dev.concierge.claude.ClaudeSettings;
import dev.concierge.core.errors.ConfigurationException;
import dev.concierge.core.reminders.delivery.RetryPolicy;
import dev.concierge.core.settings.Environment;
import dev.concierge.http.HttpSettings;
import dev.concierge.library.auth.TokenSettings;
import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.ses.SesSettings;
import dev.concierge.slack.SlackSettings;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the service is configured with, read once from the environment: each adapter reads its
 * own variables ({@link HttpSettings#from}, {@link SlackSettings#from}, …), this record the
 * service's. Secrets live only inside the adapter settings, whose printed forms hide them.
 */
public record Settings(
    DatabaseUrl databaseUrl,
    int databasePoolSize,
    Path dataDir,
    String appName,
    String appVersion,
    Duration reminderCheckInterval,
    int reminderMaxAttempts,
    Duration reminderRetryDelay,
    HttpSettings http,
    SlackSettings slack,
    ClaudeSettings claude,
    SesSettings ses,
    ProviderEndpoints endpoints,
    TokenSettings tokens,
    URI publicUrl) {

  static final Duration DEFAULT_REMINDER_CHECK_INTERVAL = Duration.ofMinutes(5);
  private static final Set<String> TRUE_WORDS = Set.of("1", "true", "yes", "on");

  public Settings {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(appName, "appName");
    Objects.requireNonNull(appVersion, "appVersion");
    Objects.requireNonNull(reminderCheckInterval, "reminderCheckInterval");
    Objects.requireNonNull(reminderRetryDelay, "reminderRetryDelay");
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(slack, "slack");
    Objects.requireNonNull(claude, "claude");
    Objects.requireNonNull(ses, "ses");
    endpoints = endpoints == null ? ProviderEndpoints.DEFAULT : endpoints;
    tokens = tokens == null ? TokenSettings.DEFAULT : tokens;
  }

  /**
   * Reads the environment variables the original system used, and ours.
   *
   * @param buildVersion the version when APP_VERSION does not say another
   * @throws ConfigurationException naming the first variable that cannot be used
   */
  public static Settings from(Map<String, String> variables, String buildVersion) {
    // main has chosen the format before logging started; checked here so that a typo stops the
    // command instead of silently logging text
    LogFormat.parse(variables.get(LogFormat.VARIABLE));
    Environment env = Environment.of(variables);
    return new Settings(
        env.text("DATABASE_URL").map(DatabaseUrl::parse).orElse(null),
        env.integer("DATABASE_POOL_SIZE", 1, 100, defaultPoolSize()),
        dataDir(env),
        env.text("APP_NAME", "Concierge"),
        env.text("APP_VERSION", buildVersion),
        env.duration(
            "REMINDER_CHECK_INTERVAL",
            Duration.ofSeconds(1),
            Duration.ofDays(1),
            DEFAULT_REMINDER_CHECK_INTERVAL),
        env.integer("REMINDER_MAX_ATTEMPTS", 1, 100, RetryPolicy.DEFAULT.maxAttempts()),
        env.duration(
            "REMINDER_RETRY_DELAY",
            Duration.ZERO,
            RetryPolicy.DEFAULT.maxDelay(),
            RetryPolicy.DEFAULT.firstDelay()),
        HttpSettings.from(env),
        SlackSettings.from(env),
        ClaudeSettings.from(env),
        SesSettings.from(env),
        ProviderEndpoints.from(env),
        TokenSettings.from(env),
        env.httpUrl("CONCIERGE_PUBLIC_URL").orElse(null));
  }

  /** DEBUG as early as logging needs it, before the rest is validated; garbage reads as off. */
  static boolean debugRequested(Map<String, String> variables) {
    String value = variables.get("DEBUG");
    return value != null && TRUE_WORDS.contains(value.strip().toLowerCase(Locale.ROOT));
  }

  private static Path dataDir(Environment env) {
    String dir = env.text("CONCIERGE_DATA_DIR", "./data");
    try {
      return Path.of(dir).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new ConfigurationException("CONCIERGE_DATA_DIR is not a valid path: " + dir);
    }
  }

  /**
   * Where the providers' APIs are, when not at their public addresses (a proxy, a local stack).
   *
   * @param slackApiUrl the Slack Web API prefix (SLACK_API_URL), e.g. https://slack.com/api/
   * @param awsEndpointUrl the SES endpoint (AWS_ENDPOINT_URL)
   */
  public record ProviderEndpoints(String slackApiUrl, URI awsEndpointUrl) {
    public static final ProviderEndpoints DEFAULT = new ProviderEndpoints(null, null);

    static ProviderEndpoints from(Environment env) {
      return new ProviderEndpoints(
          env.httpUrl("SLACK_API_URL").map(URI::toString).orElse(null),
          env.httpUrl("AWS_ENDPOINT_URL").orElse(null));
    }
  }

  /** The external database, when DATABASE_URL is set; otherwise the embedded one is used. */
  public Optional<DatabaseUrl> externalDatabase() {
    return Optional.ofNullable(databaseUrl);
  }

  /** The same, the API listening on {@code port} (0: any free one). */
  /**
   * Twice the cores, at least 4: more connections than PostgreSQL can run at once only share the
   * cores among more requests, so each waits longer (measured: on 2 cores a pool of 4 took the
   * dashboard's p99 at 8 clients from ~30 ms to under 20, docs/PERFORMANCE.md).
   */
  static int defaultPoolSize() {
    return Math.min(100, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
  }

  public Settings withPort(int port) {
    return new Settings(
        databaseUrl,
        databasePoolSize,
        dataDir,
        appName,
        appVersion,
        reminderCheckInterval,
        reminderMaxAttempts,
        reminderRetryDelay,
        http.withPort(port),
        slack,
        claude,
        ses,
        endpoints,
        tokens,
        publicUrl);
  }
}
