package dev.concierge.cli;

import dev.concierge.core.access.ApiKeys;
import dev.concierge.core.accounts.Accounts;
import dev.concierge.http.ApiOperation;
import dev.concierge.library.auth.Argon2PasswordHashing;
import dev.concierge.persistence.PostgresDatabase;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/** Lets tests outside this package run the real composition root on a database they own. */
public final class TestServices {
  /**
   * Passwords hashed at a fraction of the real cost: the format, salts and checks are the same, and
   * the API tests create and sign in to many accounts.
   */
  public static final Argon2PasswordHashing CHEAP_HASHING =
      new Argon2PasswordHashing(new Argon2PasswordHashing.Parameters(256, 1, 1));

  /** What the test servers sign access tokens with, so tests can forge tokens with it. */
  public static final String JWT_SECRET = "the API tests sign their access tokens with this";

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
   * in the JVM would otherwise share one address's allowance. Tokens are signed with {@link
   * #JWT_SECRET}, passwords hashed with {@link #CHEAP_HASHING}.
   */
  public static Service startOn(
      PostgresDatabase database, Clock clock, Map<String, String> env, LongSupplier nanoTime) {
    Map<String, String> all = new HashMap<>();
    all.put("APP_VERSION", "api-test");
    all.put("FRONTEND_URL", "http://portal.test");
    all.put("AUTH_FAILURES_PER_MINUTE", "1000");
    all.put("RATE_LIMIT_PER_SECOND", "off");
    all.put("JWT_SECRET", JWT_SECRET);
    all.putAll(env);
    Settings settings = new SettingsLoader(all).load("x").withPort(0);
    RunningService running =
        RunningService.startOn(settings, database, clock, nanoTime, CHEAP_HASHING);
    return new Service(running, running.apiKeys(), running.accounts());
  }

  /** The running service and the key and account use cases it authenticates with. */
  public record Service(RunningService running, ApiKeys apiKeys, Accounts accounts)
      implements AutoCloseable {
    public int port() {
      return running.port();
    }

    public List<String> routes() {
      return running.http().routes();
    }

    /** Every operation the server declares. */
    public List<ApiOperation> operations() {
      return running.http().operations();
    }

    @Override
    public void close() {
      running.close();
    }
  }
}
