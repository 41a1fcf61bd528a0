package dev.concierge.cli;

import dev.concierge.claude.ClaudeSettings;
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
    int port,
    String appName,
    String appVersion,
    boolean debug,
    String frontendUrl,
    Duration reminderCheckInterval,
    int reminderMaxAttempts,
    SlackSettings slack,
    ClaudeSettings claude,
    SesSettings ses) {

  public Settings {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(appName, "appName");
    Objects.requireNonNull(appVersion, "appVersion");
    Objects.requireNonNull(reminderCheckInterval, "reminderCheckInterval");
    Objects.requireNonNull(slack, "slack");
    Objects.requireNonNull(claude, "claude");
    Objects.requireNonNull(ses, "ses");
  }

  /** The external database, when DATABASE_URL is set; otherwise the embedded one is used. */
  public Optional<DatabaseUrl> externalDatabase() {
    return Optional.ofNullable(databaseUrl);
  }

  public Settings withPort(int newPort) {
    return new Settings(
        databaseUrl,
        dataDir,
        newPort,
        appName,
        appVersion,
        debug,
        frontendUrl,
        reminderCheckInterval,
        reminderMaxAttempts,
        slack,
        claude,
        ses);
  }
}
