package dev.concierge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.organization.Organization;
import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.persistence.testing.SharedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing the whole service while a request is still being handled: the port closes at once, the
 * request finishes and its change is committed, and only then do the jobs, the delivery and the
 * database go. A request that outlasts SHUTDOWN_GRACE is cut off, and the stop reports it.
 *
 * <p>That the reminder dispatcher gives its claims back when it is closed is shown in
 * adapters-persistence's {@code ReminderDispatchTest.closing_a_dispatcher_gives_its_claims_back_at
 * _once}; {@link RunningService#close()} closes it after the HTTP server and before the database.
 */
class GracefulShutdownTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private DatabaseUrl url;
  private RunningService service;
  private String key;

  @TempDir Path dataDir;

  private void serve(String shutdownGrace) {
    url = SharedPostgres.freshDatabase();
    Map<String, String> env =
        Map.of(
            "DATABASE_URL",
            url.jdbcUrl() + "?user=postgres",
            "CONCIERGE_DATA_DIR",
            dataDir.toString(),
            "RATE_LIMIT_PER_SECOND",
            "off",
            "AUTH_FAILURES_PER_MINUTE",
            "off",
            "SHUTDOWN_GRACE",
            shutdownGrace);
    service = RunningService.start(Settings.from(env, "x").withPort(0));
    key =
        service
            .apiKeys()
            .issue(Organization.DEFAULT_ID, ApiRole.ADMIN, "graceful", "test")
            .secret();
  }

  @AfterEach
  void stop() {
    if (service != null) {
      service.close();
    }
  }

  @Test
  void a_request_in_flight_when_the_service_closes_finishes_and_its_change_is_committed()
      throws Exception {
    serve("20s");
    String person = createPerson();
    int port = service.port();
    CompletableFuture<HttpResponse<String>> put;
    CompletableFuture<Optional<RunningService.Stopped>> closing;
    boolean closedWhileTheRequestWaited;
    try (Connection holder = lockingPerson(connect(), person)) {
      put =
          client.sendAsync(
              request("PUT", "/api/v1/persons/" + person, "{\"full_name\":\"Renamed On Stop\"}"),
              HttpResponse.BodyHandlers.ofString());
      awaitASessionWaitingOnALock(Duration.ofSeconds(10));

      closing = CompletableFuture.supplyAsync(service::stop);
      awaitConnectionsRefused(port, Duration.ofSeconds(10));
      // neither may end while the row is locked: not within the 5 s after which Jetty's thread
      // pool would cut the request off by itself, nor later (the grace is 20 s)
      closedWhileTheRequestWaited =
          endsWithin(Duration.ofSeconds(6), CompletableFuture.anyOf(closing, put));
      holder.commit();
    }
    HttpResponse<String> renamed = put.get(10, TimeUnit.SECONDS);
    RunningService.Stopped stopped = closing.get(30, TimeUnit.SECONDS).orElseThrow();

    assertThat(closedWhileTheRequestWaited).isFalse();
    assertThat(stopped.clean()).as(stopped.failed().toString()).isTrue();
    assertThat(stopped.draining())
        .as("draining lasted while the row was locked")
        .isGreaterThan(Duration.ofSeconds(6));
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    assertThat(JSON.readTree(renamed.body()).get("full_name").asText())
        .isEqualTo("Renamed On Stop");
    assertThat(storedName(person)).isEqualTo("Renamed On Stop");
  }

  @Test
  void
      a_request_still_running_when_the_grace_runs_out_is_cut_off_the_stop_says_so_and_the_rest_still_closes()
          throws Exception {
    serve("1s");
    String person = createPerson();
    RunningService.Stopped stopped;
    try (Connection holder = lockingPerson(connect(), person)) {
      client.sendAsync(
          request("PUT", "/api/v1/persons/" + person, "{\"full_name\":\"Never Renamed\"}"),
          HttpResponse.BodyHandlers.ofString());
      awaitASessionWaitingOnALock(Duration.ofSeconds(10));

      // the row stays locked until the stop has returned: the request cannot finish in the grace
      stopped = service.stop().orElseThrow();
      holder.rollback();
    }

    assertThat(stopped.clean()).isFalse();
    assertThat(stopped.failed())
        .containsExactly(
            "the HTTP API (requests still running when SHUTDOWN_GRACE ran out were cut off)");
    awaitServiceSessionsAllGone(Duration.ofSeconds(10));
    assertThat(storedName(person)).isEqualTo("Ana Ortiz");
    assertThat(service.stop()).as("stopping again does nothing").isEmpty();
  }

  /**
   * {@code connection}, in a transaction that holds the person's row locked: a write to it waits
   * until the connection commits or rolls back.
   */
  static Connection lockingPerson(Connection connection, String person) throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement lock =
        connection.prepareStatement(
            "select person_id from persons where person_id = cast(? as uuid) for update")) {
      lock.setString(1, person);
      lock.executeQuery().close();
    }
    return connection;
  }

  /** Until serve's own database sessions are all gone: its pool was closed. */
  private void awaitServiceSessionsAllGone(Duration within) throws Exception {
    try (Connection connection = connect();
        PreparedStatement sessions =
            connection.prepareStatement(
                "select count(*) from pg_stat_activity where application_name like 'concierge-serve%'"
                    + " and datname = ?")) {
      sessions.setString(1, url.jdbcUrl().substring(url.jdbcUrl().lastIndexOf('/') + 1));
      await("the pool was closed")
          .atMost(within)
          .until(
              () -> {
                try (ResultSet rs = sessions.executeQuery()) {
                  return rs.next() && rs.getInt(1) == 0;
                }
              });
    }
  }

  private String createPerson() throws Exception {
    HttpResponse<String> created =
        client.send(
            request(
                "POST",
                "/api/v1/persons",
                "{\"full_name\":\"Ana Ortiz\",\"person_type\":\"client\"}"),
            HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).get("person_id").asText();
  }

  /** Until a session of the test's database waits on a lock: the request reached the row. */
  private void awaitASessionWaitingOnALock(Duration within) throws Exception {
    String database = url.jdbcUrl().substring(url.jdbcUrl().lastIndexOf('/') + 1);
    try (Connection connection = connect();
        PreparedStatement waiting =
            connection.prepareStatement(
                "select count(*) from pg_stat_activity"
                    + " where wait_event_type = 'Lock' and datname = ?")) {
      waiting.setString(1, database);
      await("a session waiting on a lock")
          .atMost(within)
          .until(
              () -> {
                try (ResultSet rs = waiting.executeQuery()) {
                  return rs.next() && rs.getInt(1) > 0;
                }
              });
    }
  }

  /** close() closes the port on another thread, and says nobody when it has. */
  private static void awaitConnectionsRefused(int port, Duration within) {
    await("the port closed")
        .atMost(within)
        .until(
            () -> {
              try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return false;
              } catch (IOException e) {
                return true;
              }
            });
  }

  /** Whether {@code event} happens within {@code bound}: a wait on the event, not a pause. */
  private static boolean endsWithin(Duration bound, CompletableFuture<?> event) throws Exception {
    try {
      event.get(bound.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (ExecutionException e) {
      return true;
    } catch (TimeoutException e) {
      return false;
    }
  }

  private String storedName(String person) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement select =
            connection.prepareStatement(
                "select full_name from persons where person_id = cast(? as uuid)")) {
      select.setString(1, person);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url.jdbcUrl(), "postgres", "");
  }

  private HttpRequest request(String method, String path, String body) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + key)
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
