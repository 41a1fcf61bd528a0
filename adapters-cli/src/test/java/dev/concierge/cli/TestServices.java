package dev.concierge.cli;

import dev.concierge.library.auth.Argon2PasswordHashing;
import dev.concierge.persistence.PostgresDatabase;
import java.util.HashMap;
import java.util.Map;

/** Runs the real composition root of serve on a database the test owns. */
final class TestServices {
  /**
   * Passwords hashed at a fraction of the real cost: the format, salts and checks are the same, and
   * the tests create and sign in to accounts.
   */
  private static final Argon2PasswordHashing CHEAP_HASHING =
      new Argon2PasswordHashing(new Argon2PasswordHashing.Parameters(256, 1, 1));

  private TestServices() {}

  /**
   * Serves on {@code database}, already migrated, on a free port, without the background jobs.
   * Failed authentications per address are raised, because every test connects from 127.0.0.1.
   */
  static RunningService startOn(PostgresDatabase database) {
    return startOn(database, Map.of());
  }

  /** The same, with {@code variables} set as well (a provider's, say). */
  static RunningService startOn(PostgresDatabase database, Map<String, String> variables) {
    Map<String, String> environment = new HashMap<>(variables);
    environment.put("APP_VERSION", "cli-test");
    environment.put("AUTH_FAILURES_PER_MINUTE", "1000");
    environment.put("JWT_SECRET", "the CLI tests sign their access tokens with this");
    Settings settings = Settings.from(environment, "x").withPort(0);
    return RunningService.startOn(settings, database, CHEAP_HASHING);
  }
}
