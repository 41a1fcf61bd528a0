package dev.concierge.cli;

import dev.concierge.core.access.ApiKeys;
import dev.concierge.persistence.PostgresDatabase;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Lets tests outside this package run the real composition root on a database they own. */
public final class TestServices {
  private TestServices() {}

  public static Service startOn(PostgresDatabase database) {
    return startOn(database, Clock.systemUTC());
  }

  /** With the use cases' "now" fixed by {@code clock}. */
  public static Service startOn(PostgresDatabase database, Clock clock) {
    Settings settings =
        new SettingsLoader(Map.of("APP_VERSION", "api-test", "FRONTEND_URL", "http://portal.test"))
            .load("x")
            .withPort(0);
    RunningService running = RunningService.startOn(settings, database, clock);
    return new Service(running, running.apiKeys());
  }

  /** The running service and the key use cases of its database. */
  public record Service(RunningService running, ApiKeys apiKeys) implements AutoCloseable {
    public int port() {
      return running.port();
    }

    public List<String> routes() {
      return running.http().routes();
    }

    @Override
    public void close() {
      running.close();
    }
  }
}
