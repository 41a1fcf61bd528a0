package dev.concierge.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.health.CheckHealth;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP adapter on a real Jetty, with the database's reachability as a switch. The same endpoint
 * against real PostgreSQL is covered end to end in the CLI module.
 */
class HttpServerTest {
  private final AtomicBoolean databaseUp = new AtomicBoolean(true);
  private final AtomicBoolean poolExhausted = new AtomicBoolean(false);
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private final AtomicReference<Runnable> slowCheck = new AtomicReference<>();
  private final HttpClient client = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private HttpServer server;

  @BeforeEach
  void start() {
    server =
        new HttpServer(
                new HttpSettings("127.0.0.1", 0, HttpSettings.ONE_MEGABYTE, false),
                new CheckHealth("9.9.9-test", this::databaseStatus))
            .start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void health_is_ok_with_version_and_database_up() throws Exception {
    HttpResponse<String> response = get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    JsonNode body = json.readTree(response.body());
    assertThat(body.get("status").asText()).isEqualTo("ok");
    assertThat(body.get("version").asText()).isEqualTo("9.9.9-test");
    assertThat(body.get("database").asText()).isEqualTo("up");
  }

  @Test
  void health_is_503_while_the_database_is_down_and_recovers_with_it() throws Exception {
    databaseUp.set(false);
    HttpResponse<String> down = get("/health");

    assertThat(down.statusCode()).isEqualTo(503);
    assertThat(json.readTree(down.body()).get("database").asText()).isEqualTo("down");

    databaseUp.set(true);
    assertThat(get("/health").statusCode()).isEqualTo(200);
  }

  @Test
  void a_connection_that_cannot_be_had_is_a_503_problem_not_a_500() throws Exception {
    poolExhausted.set(true);

    HttpResponse<String> response = get("/health");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
    assertThat(json.readTree(response.body()).get("type").asText()).endsWith("/unavailable");
  }

  @Test
  void a_connection_lost_mid_statement_is_a_503_problem_not_a_500() throws Exception {
    failure.set(
        new IllegalStateException(
            "statement failed",
            new SQLException("An I/O error occurred while sending to the backend.", "08006")));
    HttpResponse<String> lost = get("/health");
    failure.set(
        new IllegalStateException(
            "statement failed",
            new SQLException("terminating connection due to administrator command", "57P01")));
    HttpResponse<String> shutDown = get("/health");

    assertThat(lost.statusCode()).isEqualTo(503);
    assertThat(shutDown.statusCode()).isEqualTo(503);
  }

  @Test
  void an_unexpected_failure_is_a_500_that_shows_nothing_of_the_internals() throws Exception {
    failure.set(
        new IllegalStateException(
            "select api_key_hash from api_keys where key_prefix = 'ck_s3cret'",
            new SQLException("relation \"api_keys\" does not exist", "42P01")));

    HttpResponse<String> response = get("/health");

    assertThat(response.statusCode()).isEqualTo(500);
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("type").asText()).endsWith("/internal");
    assertThat(problem.get("correlation_id").asText()).isNotBlank();
    assertThat(response.body())
        .doesNotContain("IllegalStateException")
        .doesNotContain("SQLException")
        .doesNotContain("select")
        .doesNotContain("api_keys")
        .doesNotContain("ck_s3cret")
        .doesNotContain("42P01")
        .doesNotContain(".java")
        .doesNotContain("\tat ");
  }

  /**
   * Stopping closes the port at once but lets a request already being handled finish: the health
   * check here stands for any handler still waiting on the database.
   */
  @Test
  void stop_refuses_new_connections_and_lets_a_request_in_flight_finish() throws Exception {
    CountDownLatch handling = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    slowCheck.set(
        () -> {
          handling.countDown();
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    int port = server.port();
    CompletableFuture<HttpResponse<String>> inFlight =
        client.sendAsync(request("/health").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(handling.await(10, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
    awaitConnectionsRefused(port, Duration.ofSeconds(10));
    // the stop must not end while the request is held: not within longer than a stopping
    // connector gives idle connections (200 ms), which must not include this one
    boolean stoppedBeforeTheRequestEnded = endsWithin(Duration.ofMillis(1_500), stopping);
    release.countDown();
    HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
    stopping.get(10, TimeUnit.SECONDS);

    assertThat(stoppedBeforeTheRequestEnded).isFalse();
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json.readTree(response.body()).get("database").asText()).isEqualTo("up");
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

  /** Asks again, because stop() closes the port on another thread; bounded so it cannot hang. */
  private static void awaitConnectionsRefused(int port, Duration within) {
    await("port " + port + " refusing connections")
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

  private boolean databaseStatus() {
    Runnable slow = slowCheck.get();
    if (slow != null) {
      slow.run();
    }
    RuntimeException failing = failure.get();
    if (failing != null) {
      throw failing;
    }
    if (poolExhausted.get()) {
      // what a pooled data source throws when no connection frees up in time, wrapped by a library
      throw new IllegalStateException(
          "unable to obtain a connection",
          new SQLTransientConnectionException("pool - Connection is not available"));
    }
    return databaseUp.get();
  }

  @Test
  void an_unknown_route_is_a_404_problem_with_a_correlation_id() throws Exception {
    HttpResponse<String> response = get("/api/v1/nothing-here");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(404);
    assertThat(problem.get("title").asText()).isEqualTo("Not Found");
    assertThat(problem.get("type").asText()).endsWith("/not-found");
    assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/nothing-here");
    assertThat(problem.get("correlation_id").asText())
        .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
  }

  @Test
  void a_callers_request_id_is_echoed_and_an_unsafe_one_replaced() throws Exception {
    HttpResponse<String> kept =
        client.send(
            request("/health").header("X-Request-Id", "portal-1234abcd").build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> replaced =
        client.send(
            request("/health").header("X-Request-Id", "<script>").build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(kept.headers().firstValue("X-Request-Id")).hasValue("portal-1234abcd");
    assertThat(replaced.headers().firstValue("X-Request-Id").orElseThrow())
        .doesNotContain("<")
        .hasSize(36);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
  }
}
