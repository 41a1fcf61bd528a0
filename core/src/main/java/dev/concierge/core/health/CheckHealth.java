package dev.concierge.core.health;

import java.util.Objects;

/** Use case: is this instance able to serve? */
public final class CheckHealth {
  private final String version;
  private final DatabaseStatusPort database;

  public CheckHealth(String version, DatabaseStatusPort database) {
    this.version = Objects.requireNonNull(version, "version");
    this.database = Objects.requireNonNull(database, "database");
  }

  /** The running version, as every report carries it. */
  public String version() {
    return version;
  }

  public HealthReport check() {
    return new HealthReport(version, database.isDatabaseReachable());
  }
}
