package dev.concierge.cli;

import dev.concierge.core.access.IssuedApiKey;
import dev.concierge.core.health.CheckHealth;
import dev.concierge.core.model.Organization;
import dev.concierge.http.HttpServer;
import dev.concierge.http.HttpSettings;
import dev.concierge.persistence.Migrations;
import dev.concierge.persistence.PostgresDatabase;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of {@code serve}: opens the database, migrates it, wires the use cases to
 * their adapters and starts the HTTP API. Closing stops everything in reverse order.
 */
public final class RunningService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RunningService.class);

  private final AutoCloseable database;
  private final String databaseDescription;
  private final HttpServer http;
  private final IssuedApiKey firstAdminKey;

  private RunningService(
      AutoCloseable database,
      String databaseDescription,
      HttpServer http,
      IssuedApiKey firstAdminKey) {
    this.database = database;
    this.databaseDescription = databaseDescription;
    this.http = http;
    this.firstAdminKey = firstAdminKey;
  }

  public static RunningService start(Settings settings) {
    DatabaseSession database = DatabaseSession.open(settings, "serve");
    try {
      Migrations.MigrationOutcome migrated = database.migrations().migrate();
      if (!migrated.appliedVersions().isEmpty()) {
        log.info("Applied migrations {}", migrated.appliedVersions());
      }
      // a fresh installation must be usable without a second command, so it gets a key
      IssuedApiKey firstKey =
          ApiWiring.apiKeys(database.database())
              .issueFirstAdminKey(Organization.DEFAULT_ID)
              .orElse(null);
      if (firstKey != null) {
        AdminKeyFile.write(settings.dataDir(), firstKey.secret());
      }
      HttpServer http = startHttp(settings, database.database());
      log.info(
          "{} {} serving with database {}",
          settings.appName(),
          settings.appVersion(),
          database.describe());
      return new RunningService(database, database.describe(), http, firstKey);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /**
   * Serves on a database that is already open and migrated, and leaves it open on close: what tests
   * use to run the whole API on the database they share.
   */
  static RunningService startOn(Settings settings, PostgresDatabase database) {
    return new RunningService(
        () -> {}, database.url().redacted(), startHttp(settings, database), null);
  }

  private static HttpServer startHttp(Settings settings, PostgresDatabase database) {
    CheckHealth checkHealth = new CheckHealth(settings.appVersion(), database);
    return new HttpServer(
            new HttpSettings(
                "0.0.0.0",
                settings.port(),
                HttpSettings.ONE_MEGABYTE,
                settings.debug(),
                settings.frontendUrl()),
            checkHealth,
            ApiWiring.useCases(database))
        .start();
  }

  public int port() {
    return http.port();
  }

  /** The admin key created on this start, when the installation had none. */
  Optional<IssuedApiKey> firstAdminKey() {
    return Optional.ofNullable(firstAdminKey);
  }

  HttpServer http() {
    return http;
  }

  String databaseDescription() {
    return databaseDescription;
  }

  @Override
  public void close() {
    http.stop();
    try {
      database.close();
    } catch (Exception e) {
      log.warn("Closing the database failed: {}", e.getMessage());
    }
  }
}
