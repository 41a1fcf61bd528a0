package dev.concierge.persistence.testing;

import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.persistence.EmbeddedDatabase;
import dev.concierge.persistence.Migrations;
import dev.concierge.persistence.PoolSettings;
import dev.concierge.persistence.PostgresDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL per test JVM, started on first use and stopped when the JVM exits.
 *
 * <p>{@link #migrated()} is one database migrated once and shared by every test; tests keep out of
 * each other's way by working in an organization of their own. {@link #freshDatabase()} copies a
 * migrated template in milliseconds for a test that needs a database nobody else touches, and
 * {@link #emptyDatabase()} gives one with no schema at all, for migration tests.
 *
 * <p>The server's time zone is deliberately far from UTC (and from the JVM's, which surefire sets
 * to America/St_Johns), so code that confuses instants with wall-clock times fails here first.
 */
public final class SharedPostgres {
  public static final String SERVER_TIMEZONE = "Asia/Kathmandu";

  /**
   * How every test server runs: in the zone above, and fast rather than durable (no fsync, no
   * waiting for the WAL on commit, no full-page images), which is safe only for data thrown away
   * when the test JVM ends. The embedded server of a real installation is durable ({@code
   * EmbeddedDatabase.DURABILITY}); these override it here and nowhere else.
   */
  public static final Map<String, String> THROW_AWAY_SERVER =
      Map.of(
          "timezone",
          SERVER_TIMEZONE,
          "fsync",
          "off",
          "synchronous_commit",
          "off",
          "full_page_writes",
          "off");

  private static final String TEMPLATE = "concierge_template";
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedDatabase server;
  private static PostgresDatabase migrated;

  private SharedPostgres() {}

  /** The shared, migrated database. Do not close it. */
  public static synchronized PostgresDatabase migrated() {
    if (migrated == null) {
      migrated = PostgresDatabase.open(server().url(TEMPLATE + "_shared"), PoolSettings.DEFAULT);
    }
    return migrated;
  }

  /** A new database with the whole schema and seed data, owned by the caller. */
  public static DatabaseUrl freshDatabase() {
    String name = "test_" + DATABASES.incrementAndGet();
    server().createDatabaseIfMissing(name, Optional.of(TEMPLATE));
    return server().url(name);
  }

  /** A new database with nothing in it, not even Flyway's history table. */
  public static DatabaseUrl emptyDatabase() {
    String name = "empty_" + DATABASES.incrementAndGet();
    server().createDatabaseIfMissing(name, Optional.empty());
    return server().url(name);
  }

  public static synchronized EmbeddedDatabase server() {
    if (server == null) {
      server = start();
    }
    return server;
  }

  private static EmbeddedDatabase start() {
    Path dataDir;
    try {
      dataDir = Files.createTempDirectory("concierge-test-pg");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    EmbeddedDatabase database = EmbeddedDatabase.startOrAttach(dataDir, THROW_AWAY_SERVER);
    migrateTemplate(database);
    database.createDatabaseIfMissing(TEMPLATE + "_shared", Optional.of(TEMPLATE));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  database.close();
                  deleteTree(dataDir);
                },
                "stop-test-postgres"));
    return database;
  }

  /** The server's files are throw-away; a test run must not leave a gigabyte in /tmp. */
  private static void deleteTree(Path root) {
    try {
      Files.walkFileTree(
          root,
          new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(
                Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
              return delete(file);
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
              // a file the stopping server removed meanwhile: nothing left to delete
              return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult postVisitDirectory(Path dir, IOException e) {
              return delete(dir);
            }

            private java.nio.file.FileVisitResult delete(Path path) {
              try {
                Files.deleteIfExists(path);
              } catch (IOException e) {
                // best effort at exit; keep deleting the rest
              }
              return java.nio.file.FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // best effort at exit
    }
  }

  private static void migrateTemplate(EmbeddedDatabase database) {
    database.createDatabaseIfMissing(TEMPLATE, Optional.empty());
    try (PostgresDatabase template =
        PostgresDatabase.open(
            database.url(TEMPLATE), PoolSettings.DEFAULT.withMaximumPoolSize(2))) {
      new Migrations(template.dataSource()).migrate();
    }
  }
}
