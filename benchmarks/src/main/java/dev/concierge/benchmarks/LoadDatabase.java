package dev.concierge.benchmarks;

import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.persistence.EmbeddedDatabase;
import dev.concierge.persistence.Migrations;
import dev.concierge.persistence.PoolSettings;
import dev.concierge.persistence.PostgresDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The migrated database a load command works on: DATABASE_URL when set, else an embedded PostgreSQL
 * in a new temporary directory ({@link #open}) or in the installation's data directory ({@link
 * #attach}), stopped on close unless it was running already.
 */
final class LoadDatabase implements AutoCloseable {
  private final EmbeddedDatabase embedded;
  private final DatabaseUrl url;
  private final PostgresDatabase database;

  private LoadDatabase(EmbeddedDatabase embedded, DatabaseUrl url, PostgresDatabase database) {
    this.embedded = embedded;
    this.url = url;
    this.database = database;
  }

  static LoadDatabase open(String tempDirectoryPrefix) throws IOException {
    return open(tempDirectoryPrefix, Map.of());
  }

  /** As {@link #open(String)}, an embedded server started with {@code serverConfig} besides. */
  static LoadDatabase open(String tempDirectoryPrefix, Map<String, String> serverConfig)
      throws IOException {
    String external = System.getenv("DATABASE_URL");
    EmbeddedDatabase embedded =
        external == null
            ? EmbeddedDatabase.startOrAttach(
                Files.createTempDirectory(tempDirectoryPrefix), serverConfig)
            : null;
    return opened(embedded, external);
  }

  private static LoadDatabase opened(EmbeddedDatabase embedded, String external) {
    try {
      DatabaseUrl url = embedded == null ? DatabaseUrl.parse(external) : embedded.url();
      PostgresDatabase database = PostgresDatabase.open(url, PoolSettings.DEFAULT);
      new Migrations(database.dataSource()).migrate();
      return new LoadDatabase(embedded, url, database);
    } catch (RuntimeException e) {
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  /**
   * The database an installation works on, migrated: DATABASE_URL when set, else the embedded one
   * of CONCIERGE_DATA_DIR (default ./data), attached to when a server already runs on it and left
   * running on close then.
   */
  static LoadDatabase attach() {
    String external = System.getenv("DATABASE_URL");
    String dataDir = System.getenv().getOrDefault("CONCIERGE_DATA_DIR", "data");
    EmbeddedDatabase embedded =
        external == null ? EmbeddedDatabase.startOrAttach(Path.of(dataDir)) : null;
    return opened(embedded, external);
  }

  DatabaseUrl url() {
    return url;
  }

  PostgresDatabase database() {
    return database;
  }

  @Override
  public void close() {
    database.close();
    if (embedded != null) {
      embedded.close();
    }
  }
}
