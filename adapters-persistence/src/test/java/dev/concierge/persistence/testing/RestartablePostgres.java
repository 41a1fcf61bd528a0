package dev.concierge.persistence.testing;

import dev.concierge.persistence.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A real PostgreSQL that a test stops ({@code pg_ctl stop -m fast}) and starts again on the same
 * port and data directory, as an operator's restart or a crash-and-recover would look to a running
 * service.
 *
 * <p>Only for a test JVM of its own (a failsafe {@code *IT}): a JVM's other tests share {@link
 * SharedPostgres}, and this must never be that server.
 */
public final class RestartablePostgres implements AutoCloseable {
  public static final String DATABASE = "concierge";
  private static final String SUPERUSER = "postgres";

  private final Path dataDir;
  private final int port;
  private EmbeddedPostgres running;

  private RestartablePostgres(Path dataDir, int port) {
    this.dataDir = dataDir;
    this.port = port;
  }

  /** Starts a new server with an empty {@value #DATABASE} database. */
  public static RestartablePostgres start() {
    try {
      RestartablePostgres postgres =
          new RestartablePostgres(
              Files.createTempDirectory("concierge-restartable-pg"), freePort());
      postgres.startAgain();
      try (Connection connection = postgres.connect("postgres");
          Statement statement = connection.createStatement()) {
        statement.execute("create database " + DATABASE);
      }
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the test database", e);
    }
  }

  /** The application database, with no password: the embedded server trusts local connections. */
  public DatabaseUrl url() {
    return new DatabaseUrl("jdbc:postgresql://localhost:" + port + "/" + DATABASE, SUPERUSER, null);
  }

  public int port() {
    return port;
  }

  /** A fast shutdown: open sessions are ended, their transactions rolled back, the port closed. */
  public synchronized void stop() {
    if (running == null) {
      return;
    }
    try {
      running.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      running = null;
    }
  }

  /**
   * An immediate shutdown, as a crash looks: the postmaster gets {@code SIGQUIT} and every session
   * ends at once without handing its locks to the sessions waiting on them, so a transaction
   * blocked on a lock cannot commit on the way down (in a fast shutdown the lock's holder may end
   * first and let it); the next start recovers from the WAL.
   */
  public synchronized void crash() {
    if (running == null) {
      return;
    }
    try {
      long pid =
          Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
      ProcessHandle postmaster =
          ProcessHandle.of(pid)
              .orElseThrow(() -> new IllegalStateException("no postmaster " + pid + " to crash"));
      Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).start();
      if (kill.waitFor() != 0) {
        throw new IllegalStateException("kill -QUIT " + pid + " failed");
      }
      postmaster.onExit().get(30, TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while crashing PostgreSQL", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("PostgreSQL did not go down on SIGQUIT", e);
    } finally {
      stop();
    }
  }

  /** Starts the server again on the same port with the data it had. */
  public synchronized void startAgain() {
    if (running != null) {
      return;
    }
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false)
              .setPort(port)
              .setPGStartupWait(Duration.ofSeconds(60));
      SharedPostgres.THROW_AWAY_SERVER.forEach(builder::setServerConfig);
      // a crash must keep what was committed, as in production: with asynchronous commits a
      // SIGQUIT loses the last few, and a test finds the row it made before the crash gone (fsync
      // may stay off: the process crashes, not the operating system, so written WAL survives)
      builder.setServerConfig("synchronous_commit", "on");
      running = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start PostgreSQL on port " + port, e);
    }
  }

  public synchronized boolean isRunning() {
    return running != null;
  }

  /** A connection outside any pool, e.g. to check what the service wrote. */
  public Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port + "/" + database + "?connectTimeout=5",
        SUPERUSER,
        "");
  }

  @Override
  public void close() {
    stop();
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(RestartablePostgres::deleteQuietly);
    } catch (IOException e) {
      // best effort: the directory is under the system's temporary files
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // best effort, as above
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return socket.getLocalPort();
    }
  }
}
