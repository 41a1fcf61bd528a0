package dev.concierge.benchmarks;

import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.persistence.EmbeddedDatabase;
import dev.concierge.persistence.Migrations;
import dev.concierge.persistence.PoolSettings;
import dev.concierge.persistence.PostgresDatabase;
import java.io.IOException;
import java.nio.file.Files;

/**
 * The migrated database a load command works on: DATABASE_URL when set, else an embedded PostgreSQL
 * in a new temporary directory, stopped on close.
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
    String external = System.getenv("DATABASE_URL");
    EmbeddedDatabase embedded =
        external == null
            ? EmbeddedDatabase.startOrAttach(Files.createTempDirectory(tempDirectoryPrefix))
            : null;
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
