package dev.concierge.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * How the connection pool behaves. {@code connectionTimeout} bounds how long a request waits for a
 * connection, so an unreachable database turns into a quick error instead of a hanging request.
 */
public record PoolSettings(
    int maximumPoolSize, Duration connectionTimeout, String applicationName) {

  public static final PoolSettings DEFAULT =
      new PoolSettings(10, Duration.ofSeconds(3), "concierge");

  public PoolSettings {
    if (maximumPoolSize < 1) {
      throw new IllegalArgumentException("maximumPoolSize must be at least 1");
    }
    Objects.requireNonNull(connectionTimeout, "connectionTimeout");
    Objects.requireNonNull(applicationName, "applicationName");
  }

  public PoolSettings withMaximumPoolSize(int size) {
    return new PoolSettings(size, connectionTimeout, applicationName);
  }

  public PoolSettings withApplicationName(String name) {
    return new PoolSettings(maximumPoolSize, connectionTimeout, name);
  }
}
