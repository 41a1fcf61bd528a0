package dev.concierge.cli;

import dev.concierge.core.access.ApiKeys;
import dev.concierge.persistence.PostgresDatabase;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/** Lets tests outside this package run the real composition root on a database they own. */
public final class TestServices {
  private TestServices() {}

  public static Service startOn(PostgresDatabase database) {
    return startOn(database, Clock.systemUTC());
  }

  /** With the use cases' "now" fixed by {@code clock}. */
  public static Service startOn(PostgresDatabase database, Clock clock) {
    return startOn(database, clock, Map.of(), System::nanoTime);
  }

  /**
   * With {@code env} over the tests' settings, and the rate limits refilling by {@code nanoTime}.
   * The rate per key is off (the fuzz test sends thousands of requests with one key; the rate limit
   * has its own test with its own server and limits). The failed authentications per address are
   * raised, because every test connects from 127.0.0.1, so the deliberately bad keys of all tests
   * in the JVM would otherwise share one address's allowance.
   */
  public static Service startOn(
      PostgresDatabase database, Clock clock, Map<String, String> env, LongSupplier nanoTime) {
    Map<String, String> all = new HashMap<>();
    all.put("APP_VERSION", "api-test");
    all.put("FRONTEND_URL", "http://portal.test");
    all.put("AUTH_FAILURES_PER_MINUTE", "1000");
    all.put("RATE_LIMIT_PER_SECOND", "off");
    all.putAll(env);
    Settings settings = new SettingsLoader(all).load("x").withPort(0);
    RunningService running = RunningService.startOn(settings, database, clock, nanoTime);
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
