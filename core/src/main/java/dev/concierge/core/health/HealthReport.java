package dev.concierge.core.health;

import java.util.Objects;

/**
 * What {@code GET /health} tells: overall status, the running version, the database, and the Slack
 * connection.
 */
public record HealthReport(String version, boolean databaseUp, ConnectionState slack) {
  public HealthReport {
    Objects.requireNonNull(version, "version");
    slack = slack == null ? ConnectionState.OFF : slack;
  }

  public boolean healthy() {
    return databaseUp;
  }
}
