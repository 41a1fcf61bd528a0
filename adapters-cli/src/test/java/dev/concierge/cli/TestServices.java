package dev.concierge.cli;

import dev.concierge.library.auth.Argon2PasswordHashing;
import dev.concierge.persistence.PostgresDatabase;
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
    Settings settings =
        Settings.from(
                Map.of(
                    "APP_VERSION", "cli-test",
                    "AUTH_FAILURES_PER_MINUTE", "1000",
                    "JWT_SECRET", "the CLI tests sign their access tokens with this"),
                "x")
            .withPort(0);
    return RunningService.startOn(settings, database, CHEAP_HASHING);
  }
}
