package dev.concierge.core.health;

import java.util.Objects;
import java.util.function.Supplier;

/** Use case: is this instance able to serve? */
public final class CheckHealth {
  private final String version;
  private final DatabaseStatusPort database;
  private final Supplier<ConnectionState> slack;

  public CheckHealth(String version, DatabaseStatusPort database) {
    this(version, database, () -> ConnectionState.OFF);
  }

  private CheckHealth(
      String version, DatabaseStatusPort database, Supplier<ConnectionState> slack) {
    this.version = Objects.requireNonNull(version, "version");
    this.database = Objects.requireNonNull(database, "database");
    this.slack = Objects.requireNonNull(slack, "slack");
  }

  /**
   * The same check, also telling how the Slack connection stands. A lost connection is reported,
   * not unhealthy: the API still serves, and the connection comes back by itself.
   */
  public CheckHealth withSlack(Supplier<ConnectionState> slack) {
    return new CheckHealth(version, database, slack);
  }

  /** The running version, as every report carries it. */
  public String version() {
    return version;
  }

  public HealthReport check() {
    return new HealthReport(version, database.isDatabaseReachable(), slack.get());
  }
}
