package dev.concierge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.persistence.testing.RestartablePostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real service on a real PostgreSQL that is stopped ({@code pg_ctl stop -m fast}) and started
 * again on the same port and data directory while the service keeps running.
 *
 * <p>A failsafe test, so it has a JVM of its own: the unit tests of this module share one embedded
 * PostgreSQL per JVM, and stopping that one under them would fail them all.
 *
 * <p>The time bounds are liveness bounds (nothing hangs), far above what a request needs; the
 * measured times are printed for the record.
 */
class DatabaseOutageIT {
  /** Far above the pool's 3 s wait for a connection: a request past it is hanging. */
  private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(10);

  private static final Duration RECOVERED_WITHIN = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static RestartablePostgres postgres;
  private static RunningService service;
  private static Path dataDir;
  private static String key;
  private static final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void serveOnAPostgresThatCanBeStopped() throws IOException {
    postgres = RestartablePostgres.start();
    dataDir = Files.createTempDirectory("concierge-outage");
    Map<String, String> env = new HashMap<>();
    env.put(
        "DATABASE_URL",
        "postgresql://postgres@localhost:" + postgres.port() + "/" + RestartablePostgres.DATABASE);
    env.put("CONCIERGE_DATA_DIR", dataDir.toString());
    env.put("APP_VERSION", "outage-test");
    env.put("RATE_LIMIT_PER_SECOND", "off");
    env.put("AUTH_FAILURES_PER_MINUTE", "off");
    service = RunningService.start(Settings.from(env, "x").withPort(0));
    key = service.firstAdminKey().orElseThrow().secret();
  }

  @AfterAll
  static void stopEverything() throws IOException {
    if (service != null) {
      service.close();
    }
    if (postgres != null) {
      postgres.close();
    }
    if (dataDir != null) {
      // the service keeps its admin key and token secret there
      try (var files = Files.walk(dataDir)) {
        for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }

  @Test
  void while_postgres_is_stopped_every_request_is_a_quick_503_and_the_service_recovers_alone()
      throws Exception {
    String person = createPerson("Sarah Chen");
    JsonNode before = json(send("GET", "/api/v1/persons/" + person, null));
    int threadsBefore = Thread.activeCount();

    long stopping = System.nanoTime();
    postgres.stop();
    report("postgres stopped (pg_ctl stop -m fast)", stopping);

    Timed health = timed("GET", "/health", null);
    Timed read = timed("GET", "/api/v1/persons/" + person, null);
    Timed list = timed("GET", "/api/v1/persons", null);
    Timed create = timed("POST", "/api/v1/persons", personJson("Written During Outage", "client"));
    Timed update =
        timed("PUT", "/api/v1/persons/" + person, "{\"full_name\":\"Renamed During Outage\"}");
    List<Timed> burst = concurrently(20, person);

    assertThat(health.response.statusCode()).isEqualTo(503);
    assertThat(JSON.readTree(health.response.body()).get("database").asText()).isEqualTo("down");
    for (Timed answer : List.of(read, list, create, update)) {
      assertIsAnUnavailableProblem(answer);
    }
    assertThat(burst).hasSize(20).allSatisfy(DatabaseOutageIT::assertIsAnUnavailableProblem);
    for (Timed answer : List.of(health, read, list, create, update)) {
      assertThat(answer.took).isLessThan(ANSWERED_WITHIN);
    }
    report("while down", health, read, list, create, update);
    System.out.printf(
        "  20 concurrent requests: slowest %d ms%n",
        burst.stream().mapToLong(t -> t.took.toMillis()).max().orElseThrow());
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(requestThreadsInTheService())
                    .as("request threads still inside the service after every answer came")
                    .isEmpty());
    int threadsAfter = Thread.activeCount();
    System.out.printf("  threads: %d before the outage, %d after%n", threadsBefore, threadsAfter);
    assertThat(threadsAfter).isLessThan(threadsBefore + 100);

    long restarting = System.nanoTime();
    postgres.startAgain();
    report("postgres started again", restarting);
    long waiting = System.nanoTime();
    awaitHealthy(RECOVERED_WITHIN);
    report("health back to 200 without restarting the service", waiting);

    JsonNode after = json(send("GET", "/api/v1/persons/" + person, null));
    assertThat(after).isEqualTo(before);
    assertThat(count("select count(*) from persons where full_name like '% During Outage'"))
        .isZero();
    assertThat(createPerson("Written After Outage")).isNotBlank();
    HttpResponse<String> renamed =
        send("PUT", "/api/v1/persons/" + person, "{\"full_name\":\"Sarah Chen-Wu\"}");
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
  }

  /**
   * A PUT waits on a row lock held from outside the service, so it is inside its transaction when
   * PostgreSQL stops; the fast shutdown ends that session. The caller gets a 503, and after the
   * restart the person is exactly as before: nothing of the write remains.
   */
  @Test
  void a_write_in_flight_when_postgres_stops_is_answered_503_and_leaves_nothing_behind()
      throws Exception {
    String person = createPerson("Li Wei");
    JsonNode before = json(send("GET", "/api/v1/persons/" + person, null));
    CompletableFuture<HttpResponse<String>> put;
    long sent;
    Connection holder =
        GracefulShutdownTest.lockingPerson(postgres.connect(RestartablePostgres.DATABASE), person);
    try {
      sent = System.nanoTime();
      put =
          client.sendAsync(
              request("PUT", "/api/v1/persons/" + person, "{\"full_name\":\"Half Written\"}"),
              HttpResponse.BodyHandlers.ofString());
      awaitASessionWaitingOnALock(Duration.ofSeconds(10));

      // ends the holder's session too; a crash, so its lock is never handed to the waiting write
      postgres.crash();
    } finally {
      holder.close();
    }
    HttpResponse<String> answer = put.get(ANSWERED_WITHIN.toSeconds(), TimeUnit.SECONDS);
    Duration took = Duration.ofNanos(System.nanoTime() - sent);
    postgres.startAgain();
    long waiting = System.nanoTime();
    awaitHealthy(RECOVERED_WITHIN);
    report("health back to 200 after the second restart", waiting);
    JsonNode after = json(send("GET", "/api/v1/persons/" + person, null));

    assertIsAnUnavailableProblem(new Timed(answer, took));
    System.out.printf("  PUT in flight when postgres stopped: 503 after %d ms%n", took.toMillis());
    assertThat(after).isEqualTo(before);
    assertThat(count("select count(*) from persons where full_name = 'Half Written'")).isZero();
  }

  private static void assertIsAnUnavailableProblem(Timed answer) {
    HttpResponse<String> response = answer.response;
    assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(response.headers().firstValue("Retry-After")).isPresent();
    JsonNode problem = json(response);
    assertThat(problem.get("type").asText()).endsWith("/unavailable");
    assertThat(problem.get("title").asText()).isEqualTo("Service Unavailable");
    assertThat(problem.get("status").asInt()).isEqualTo(503);
    assertThat(problem.get("detail").asText()).isNotBlank();
    assertThat(response.body())
        .doesNotContainIgnoringCase("exception")
        .doesNotContainIgnoringCase("sql")
        .doesNotContain("select ")
        .doesNotContain("postgres")
        .doesNotContain("jdbc")
        .doesNotContain("\tat ")
        .doesNotContain(".java");
    assertThat(answer.took).isLessThan(ANSWERED_WITHIN);
  }

  /** Reads, lists and writes at once; each answer is timed from its own start. */
  private static List<Timed> concurrently(int requests, String person) throws Exception {
    List<CompletableFuture<Timed>> answers = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      HttpRequest request =
          switch (i % 3) {
            case 0 -> request("GET", "/api/v1/persons/" + person, null);
            case 1 -> request("GET", "/api/v1/persons?limit=5", null);
            default -> request("POST", "/api/v1/persons", personJson("Burst " + i, "client"));
          };
      long start = System.nanoTime();
      answers.add(
          client
              .sendAsync(request, HttpResponse.BodyHandlers.ofString())
              .thenApply(r -> new Timed(r, Duration.ofNanos(System.nanoTime() - start))));
    }
    List<Timed> all = new ArrayList<>();
    for (CompletableFuture<Timed> answer : answers) {
      all.add(answer.get(ANSWERED_WITHIN.toSeconds() * 2, TimeUnit.SECONDS));
    }
    return all;
  }

  /** Threads (other than this one) running the service's code for some request. */
  private static List<String> requestThreadsInTheService() {
    List<String> busy = new ArrayList<>();
    for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
      if (thread.getKey() == Thread.currentThread()
          || thread.getKey().getName().startsWith("concierge-")) {
        continue;
      }
      for (StackTraceElement frame : thread.getValue()) {
        if (frame.getClassName().startsWith("dev.concierge.http.")) {
          busy.add(thread.getKey().getName() + " at " + frame);
          break;
        }
      }
    }
    return busy;
  }

  /** Until a session of the test's database waits on a lock: the request reached the row. */
  private static void awaitASessionWaitingOnALock(Duration within) {
    await("a session waiting on a lock")
        .atMost(within)
        .until(
            () ->
                count(
                        "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                            + " and datname = '"
                            + RestartablePostgres.DATABASE
                            + "'")
                    > 0);
  }

  /** Recovery needs the pool to reconnect: ask until it has, within a bound. */
  private static void awaitHealthy(Duration within) {
    await("/health 200")
        .atMost(within)
        .until(() -> send("GET", "/health", null).statusCode() == 200);
  }

  private static String createPerson(String name) throws Exception {
    HttpResponse<String> created = send("POST", "/api/v1/persons", personJson(name, "client"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).get("person_id").asText();
  }

  private static String personJson(String name, String type) {
    return "{\"full_name\":\"" + name + "\",\"person_type\":\"" + type + "\"}";
  }

  private static long count(String sql) throws SQLException {
    try (Connection connection = postgres.connect(RestartablePostgres.DATABASE);
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private record Timed(HttpResponse<String> response, Duration took) {}

  private static Timed timed(String method, String path, String body) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> response = send(method, path, body);
    return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
  }

  private static HttpResponse<String> send(String method, String path, String body)
      throws IOException, InterruptedException {
    return client.send(request(method, path, body), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest request(String method, String path, String body) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
            // a request that hangs fails here instead of holding the build
            .timeout(ANSWERED_WITHIN.multipliedBy(2))
            .header("Authorization", "Bearer " + key);
    if (body == null) {
      return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
    return builder
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  private static void report(String what, long startNanos) {
    System.out.printf(
        "  %s in %d ms%n", what, Duration.ofNanos(System.nanoTime() - startNanos).toMillis());
  }

  private static void report(String phase, Timed... answers) {
    String[] names = {"GET /health", "GET person", "GET persons", "POST person", "PUT person"};
    for (int i = 0; i < answers.length; i++) {
      System.out.printf(
          "  %s %s: %d in %d ms%n",
          phase, names[i], answers[i].response.statusCode(), answers[i].took.toMillis());
    }
  }
}
