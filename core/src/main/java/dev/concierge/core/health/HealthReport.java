package dev.concierge.core.health;

import java.util.Objects;

/** What {@code GET /health} tells: overall status, the running version, and the database. */
public record HealthReport(String version, boolean databaseUp) {
  public HealthReport {
    Objects.requireNonNull(version, "version");
  }

  public boolean healthy() {
    return databaseUp;
  }
}
