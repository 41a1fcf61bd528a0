package dev.concierge.cli;

import dev.concierge.claude.ClaudeSettings;
import dev.concierge.http.MetricsToken;
import dev.concierge.http.RateLimits;
import dev.concierge.library.auth.TokenSettings;
import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.ses.SesSettings;
import dev.concierge.slack.SlackSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the service is configured with, read once from the environment ({@link
 * SettingsLoader}). Secrets live only inside the adapter settings, whose printed forms hide them.
 */
public record Settings(
    DatabaseUrl databaseUrl,
    Path dataDir,
    String host,
    int port,
    String appName,
    String appVersion,
    boolean debug,
    String frontendUrl,
    Duration reminderCheckInterval,
    int reminderMaxAttempts,
    Duration reminderRetryDelay,
    SlackSettings slack,
    ClaudeSettings claude,
    SesSettings ses,
    ProviderEndpoints endpoints,
    RateLimits rateLimits,
    TokenSettings tokens,
    Duration shutdownGrace,
    MetricsToken metricsToken) {

  public Settings {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(appName, "appName");
    Objects.requireNonNull(appVersion, "appVersion");
    Objects.requireNonNull(reminderCheckInterval, "reminderCheckInterval");
    Objects.requireNonNull(slack, "slack");
    Objects.requireNonNull(claude, "claude");
    Objects.requireNonNull(ses, "ses");
    Objects.requireNonNull(reminderRetryDelay, "reminderRetryDelay");
    endpoints = endpoints == null ? ProviderEndpoints.DEFAULT : endpoints;
    rateLimits = rateLimits == null ? RateLimits.DEFAULT : rateLimits;
    tokens = tokens == null ? TokenSettings.DEFAULT : tokens;
    Objects.requireNonNull(shutdownGrace, "shutdownGrace");
  }

  /**
   * Where the providers' APIs are, when not at their public addresses (a proxy, a local stack).
   *
   * @param slackApiUrl the Slack Web API prefix (SLACK_API_URL), e.g. https://slack.com/api/
   * @param awsEndpointUrl the SES endpoint (AWS_ENDPOINT_URL)
   * @param anthropicBaseUrl where Claude's Messages API is (ANTHROPIC_BASE_URL), e.g.
   *     https://api.anthropic.com
   */
  public record ProviderEndpoints(
      String slackApiUrl, java.net.URI awsEndpointUrl, String anthropicBaseUrl) {
    public static final ProviderEndpoints DEFAULT = new ProviderEndpoints(null, null, null);
  }

  /** The external database, when DATABASE_URL is set; otherwise the embedded one is used. */
  public Optional<DatabaseUrl> externalDatabase() {
    return Optional.ofNullable(databaseUrl);
  }

  public Settings withPort(int newPort) {
    return new Settings(
        databaseUrl,
        dataDir,
        host,
        newPort,
        appName,
        appVersion,
        debug,
        frontendUrl,
        reminderCheckInterval,
        reminderMaxAttempts,
        reminderRetryDelay,
        slack,
        claude,
        ses,
        endpoints,
        rateLimits,
        tokens,
        shutdownGrace,
        metricsToken);
  }
}
