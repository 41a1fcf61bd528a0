package dev.concierge.persistence;

import dev.concierge.core.errors.UnavailableException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zero-configuration database: PostgreSQL 17 running from the application's own data directory,
 * kept across restarts.
 *
 * <p>Only one server may own a data directory. If one is already running there (a {@code serve} in
 * another terminal), this attaches to it instead of starting a second. The last one out stops it: a
 * process that started the server stops it on close unless other clients are still connected (two
 * {@code reminders dispatch} commands, a command next to {@code serve}); then it leaves a hand-over
 * mark in the data directory, and whichever process closes last with the mark present stops the
 * server. A server started by no process of ours in this way (a {@code serve} that is still
 * running) is never stopped by an attached process.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  public static final String DATABASE_NAME = "concierge";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final String SUPERUSER = "postgres";
  private static final Duration ATTACH_WAIT = Duration.ofSeconds(60);
  private static final String HAND_OVER_MARK = "concierge-stop-when-idle";

  /** Ends the application_name of every database session this process opens. */
  static final String PROCESS_TAG = "pid " + ProcessHandle.current().pid();

  /**
   * The library starts PostgreSQL as a throw-away test server: it always passes {@code -F} (fsync
   * off) and sets synchronous_commit off, so a power cut or an operating-system crash could lose
   * committed data or leave the data directory corrupt. A {@code -c} setting follows {@code -F} on
   * the server's command line and wins over it, so these make the server that keeps the
   * installation's data durable. Only tests turn them off, explicitly, for their own throw-away
   * servers.
   */
  static final Map<String, String> DURABILITY =
      Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

  /**
   * PostgreSQL's stock settings are sized for a tiny machine. These keep a working set of a
   * million-date organization in memory and spread checkpoints out during bulk work (backfills,
   * imports) without asking much of a laptop: the buffers take an eighth of the machine's memory,
   * at least 128 MB and at most 1 GB. A million-date organization's dates and reminders with their
   * indexes are 1.3 GB; with 256 MB of buffers its first backfill evicted pages at random in the
   * middle of its updates and took 117-123 s on the 2-core benchmark machine, with 1 GB 88-93 s
   * (docs/PERFORMANCE.md).
   */
  static final Map<String, String> SERVER_DEFAULTS =
      Map.of(
          "shared_buffers", sharedBuffers(totalMemory()),
          "max_wal_size", "4GB",
          "checkpoint_timeout", "15min",
          "wal_compression", "on");

  private static final long MB = 1024 * 1024;

  static String sharedBuffers(long totalMemoryBytes) {
    long eighth = totalMemoryBytes / 8 / MB;
    return Math.max(128, Math.min(1024, eighth)) + "MB";
  }

  /** The machine's (or container's) memory; 2 GB when the JVM cannot tell. */
  private static long totalMemory() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getTotalMemorySize();
    }
    return 2048 * MB;
  }

  private final Path pgData;
  private final int port;
  private final EmbeddedPostgres owned;
  private boolean closed;

  private EmbeddedDatabase(Path pgData, int port, EmbeddedPostgres owned) {
    this.pgData = pgData;
    this.port = port;
    this.owned = owned;
  }

  /**
   * Starts PostgreSQL on {@code dataDir/postgres}, or attaches to the server already running there.
   */
  public static EmbeddedDatabase startOrAttach(Path dataDir) {
    return startOrAttach(dataDir, Map.of());
  }

  /**
   * As {@link #startOrAttach(Path)}, with extra server settings (over {@link #DURABILITY} and
   * {@link #SERVER_DEFAULTS}) for a server this call starts.
   */
  public static EmbeddedDatabase startOrAttach(Path dataDir, Map<String, String> serverConfig) {
    Path pgData = dataDir.toAbsolutePath().normalize().resolve("postgres");
    try {
      Files.createDirectories(pgData.getParent());
    } catch (IOException e) {
      throw new UnavailableException("cannot create data directory " + pgData.getParent(), e);
    }
    OptionalInt running = runningServerPort(pgData);
    if (running.isPresent()) {
      log.info("Using the embedded PostgreSQL already running on port {}", running.getAsInt());
      return attached(pgData, running.getAsInt());
    }
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(pgData)
              .setCleanDataDirectory(false)
              // our own hook decides whether others still need the server
              .setRegisterShutdownHook(false)
              .setPGStartupWait(Duration.ofSeconds(60));
      DURABILITY.forEach(builder::setServerConfig);
      SERVER_DEFAULTS.forEach(builder::setServerConfig);
      serverConfig.forEach(builder::setServerConfig);
      EmbeddedPostgres postgres = builder.start();
      log.info(
          "Started embedded PostgreSQL on port {} with data in {}", postgres.getPort(), pgData);
      EmbeddedDatabase database = new EmbeddedDatabase(pgData, postgres.getPort(), postgres);
      Files.deleteIfExists(pgData.resolve(HAND_OVER_MARK));
      Runtime.getRuntime().addShutdownHook(new Thread(database::close, "stop-embedded-postgres"));
      database.ensureDatabaseExists();
      return database;
    } catch (IllegalStateException e) {
      // Another process won the race to start the server on this directory: use its server.
      return attached(pgData, waitForServer(pgData));
    } catch (IOException e) {
      throw new UnavailableException(
          "cannot start embedded PostgreSQL in " + pgData + ": " + PostgresDatabase.reason(e), e);
    }
  }

  private static EmbeddedDatabase attached(Path pgData, int port) {
    EmbeddedDatabase database = new EmbeddedDatabase(pgData, port, null);
    database.ensureDatabaseExists();
    return database;
  }

  private static int waitForServer(Path pgData) {
    long deadline = System.nanoTime() + ATTACH_WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      OptionalInt port = runningServerPort(pgData);
      if (port.isPresent()) {
        return port.getAsInt();
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new UnavailableException(
        "another process holds " + pgData + " but no PostgreSQL server answers there", null);
  }

  /**
   * The port of a live server on {@code pgData}: PostgreSQL writes it on line 4 of postmaster.pid.
   * A stale file from a crash is ignored because nothing answers on that port.
   */
  static OptionalInt runningServerPort(Path pgData) {
    List<String> lines;
    try {
      lines = Files.readAllLines(pgData.resolve("postmaster.pid"), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return OptionalInt.empty();
    } catch (IOException e) {
      return OptionalInt.empty();
    }
    if (lines.size() < 4) {
      return OptionalInt.empty();
    }
    int port;
    try {
      port = Integer.parseInt(lines.get(3).strip());
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
    try {
      connect(port, "postgres").close();
      return OptionalInt.of(port);
    } catch (SQLException e) {
      return OptionalInt.empty();
    }
  }

  private static Connection connect(int port, String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port + "/" + database + "?connectTimeout=2",
        SUPERUSER,
        "");
  }

  private void ensureDatabaseExists() {
    createDatabaseIfMissing(DATABASE_NAME, Optional.empty());
  }

  /** Creates {@code name} (optionally as a copy of {@code template}) unless it exists. */
  public void createDatabaseIfMissing(String name, Optional<String> template) {
    if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("unsafe database name: " + name);
    }
    try (Connection connection = connect(port, "postgres")) {
      try (PreparedStatement exists =
          connection.prepareStatement("select 1 from pg_database where datname = ?")) {
        exists.setString(1, name);
        try (ResultSet rs = exists.executeQuery()) {
          if (rs.next()) {
            return;
          }
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("create database " + name + template.map(t -> " template " + t).orElse(""));
      } catch (SQLException e) {
        // 42P04: created meanwhile by a concurrent starter
        if (!"42P04".equals(e.getSQLState())) {
          throw e;
        }
      }
    } catch (SQLException e) {
      throw new UnavailableException(
          "cannot create database " + name + ": " + PostgresDatabase.reason(e), e);
    }
  }

  /** The application database on this server. */
  public DatabaseUrl url() {
    return url(DATABASE_NAME);
  }

  public DatabaseUrl url(String database) {
    return new DatabaseUrl("jdbc:postgresql://localhost:" + port + "/" + database, SUPERUSER, null);
  }

  public int port() {
    return port;
  }

  public Path dataDirectory() {
    return pgData;
  }

  /** True when this process started the server (and will stop it on close). */
  public boolean ownsServer() {
    return owned != null;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    Path mark = pgData.resolve(HAND_OVER_MARK);
    boolean handedOver = Files.exists(mark);
    if (owned == null && !handedOver) {
      return;
    }
    int others = otherClients();
    if (others > 0) {
      if (owned != null) {
        try {
          Files.writeString(mark, "left running for other clients\n", StandardCharsets.UTF_8);
          log.info("Leaving embedded PostgreSQL running for {} other client(s)", others);
        } catch (IOException e) {
          log.warn("Could not mark embedded PostgreSQL for hand-over: {}", e.getMessage());
        }
      }
      return;
    }
    try {
      Files.deleteIfExists(mark);
    } catch (IOException e) {
      log.debug("Could not remove the hand-over mark: {}", e.getMessage());
    }
    if (owned != null) {
      try {
        owned.close();
      } catch (IOException e) {
        log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
      }
    } else {
      stopHandedOverServer();
    }
  }

  /** Client connections other than this check's own, or 0 when the server cannot be asked. */
  private int otherClients() {
    try (Connection connection = connect(port, "postgres");
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "select count(*) from pg_stat_activity where backend_type = 'client backend'"
                    + " and pid <> pg_backend_pid()"
                    + " and coalesce(application_name, '') not like '% "
                    + PROCESS_TAG
                    + "'")) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      return 0;
    }
  }

  /** A smart shutdown (SIGTERM) of the postmaster whose pid heads postmaster.pid. */
  private void stopHandedOverServer() {
    try {
      long pid =
          Long.parseLong(
              Files.readAllLines(pgData.resolve("postmaster.pid"), StandardCharsets.UTF_8)
                  .get(0)
                  .strip());
      ProcessHandle.of(pid)
          .ifPresent(
              postmaster -> {
                postmaster.destroy();
                try {
                  postmaster.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                  log.info("Stopped the embedded PostgreSQL handed over to this process");
                } catch (Exception e) {
                  log.warn("Embedded PostgreSQL did not stop in time: {}", e.getMessage());
                }
              });
    } catch (IOException | RuntimeException e) {
      log.warn("Could not stop the handed-over embedded PostgreSQL: {}", e.getMessage());
    }
  }
}
