package dev.concierge.cli;

import dev.concierge.core.errors.UnavailableException;
import dev.concierge.core.reminders.delivery.RetryPolicy;
import dev.concierge.library.Concierge;
import dev.concierge.library.ConciergeBuilder;
import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.persistence.EmbeddedDatabase;
import dev.concierge.persistence.Migrations;
import dev.concierge.persistence.PoolSettings;
import dev.concierge.persistence.PostgresDatabase;

/**
 * The database a command works on: DATABASE_URL when set, otherwise the embedded PostgreSQL under
 * the data directory (attached to when a {@code serve} already runs it, started otherwise).
 */
final class DatabaseSession implements AutoCloseable {
  private final EmbeddedDatabase embedded;
  private final PostgresDatabase database;
  private Settings settings;
  private Concierge concierge;

  private DatabaseSession(EmbeddedDatabase embedded, PostgresDatabase database) {
    this.embedded = embedded;
    this.database = database;
  }

  /**
   * The library on this session's database, as the settings configure it (clock, retries, version),
   * sending every message to the outbox. Built once; closed with the session.
   */
  synchronized Concierge concierge() {
    return concierge == null ? concierge(configured(settings)) : concierge;
  }

  /**
   * The library on this session's database as {@code builder} configures it (providers, a clock,
   * token keys), built once and closed with the session. The schema is the caller's business.
   */
  synchronized Concierge concierge(ConciergeBuilder builder) {
    if (concierge != null) {
      throw new IllegalStateException("this session's Concierge is already built");
    }
    concierge = builder.database(database).migrate(false).build();
    return concierge;
  }

  /** What the settings say of the library, whatever the database and the providers. */
  static ConciergeBuilder configured(Settings settings) {
    return Concierge.builder()
        .applicationVersion(settings.appVersion())
        .retryPolicy(
            new RetryPolicy(
                settings.reminderMaxAttempts(),
                settings.reminderRetryDelay(),
                RetryPolicy.DEFAULT.maxDelay()));
  }

  static DatabaseSession open(Settings settings, String purpose) {
    return open(settings, purpose, 1);
  }

  /**
   * As {@link #open(Settings, String)}, for a command that works on {@code connections} at once
   * (its workers and itself): the pool holds at least that many, whatever DATABASE_POOL_SIZE says,
   * so no worker waits out the pool's timeout for a connection another worker holds.
   */
  static DatabaseSession open(Settings settings, String purpose, int connections) {
    DatabaseSession session = connect(settings, purpose, connections);
    session.settings = settings;
    return session;
  }

  private static DatabaseSession connect(Settings settings, String purpose, int connections) {
    PoolSettings pool =
        PoolSettings.DEFAULT
            .withApplicationName("concierge-" + purpose)
            .withMaximumPoolSize(Math.max(connections, settings.databasePoolSize()));
    if (settings.externalDatabase().isPresent()) {
      return new DatabaseSession(null, PostgresDatabase.open(settings.databaseUrl(), pool));
    }
    EmbeddedDatabase embedded = EmbeddedDatabase.startOrAttach(settings.dataDir());
    try {
      return new DatabaseSession(embedded, PostgresDatabase.open(embedded.url(), pool));
    } catch (RuntimeException e) {
      embedded.close();
      throw e;
    }
  }

  PostgresDatabase database() {
    return database;
  }

  Migrations migrations() {
    return new Migrations(database.dataSource());
  }

  /**
   * Refuses to work on a schema older than this build's, which would fail in confusing ways.
   *
   * @throws UnavailableException naming the command that fixes it
   */
  DatabaseSession requireCurrentSchema() {
    int pending = migrations().pendingCount();
    if (pending > 0) {
      throw new UnavailableException(
          "the database schema is "
              + pending
              + " migration(s) behind this version: run 'concierge-admin db migrate'"
              + " (serve also migrates on start)",
          null);
    }
    return this;
  }

  /** Where the data is, for humans: never shows a password. */
  String describe() {
    if (embedded == null) {
      return database.url().redacted();
    }
    DatabaseUrl url = embedded.url();
    return "embedded PostgreSQL in "
        + embedded.dataDirectory()
        + " ("
        + url.jdbcUrl()
        + (embedded.ownsServer() ? "" : ", shared with the running server")
        + ")";
  }

  @Override
  public void close() {
    if (concierge != null) {
      concierge.close();
    }
    database.close();
    if (embedded != null) {
      embedded.close();
    }
  }
}
