package dev.concierge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar concierge-admin.jar serve}, as the launcher script runs it: the packaged jar and
 * the libraries its manifest names. The other tests run on Maven's classpath, where a library
 * missing from {@code target/lib} would go unnoticed until a user starts the service. Signing in is
 * exercised because it loads the hashing and token libraries.
 *
 * <p>It is also the one test of what only a real process shows: that the embedded PostgreSQL serve
 * starts is durable, that a first start whose output is not a terminal (a log file, a container's
 * log) does not print the admin key, and that SIGTERM ends a clean stop with exit code 0.
 */
class PackagedJarIT {
  private static final Duration STARTS_WITHIN = Duration.ofSeconds(180);
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Path dataDir;
  private Process serve;

  @AfterEach
  void stop() throws Exception {
    if (serve != null && serve.isAlive()) {
      serve.destroy();
      if (!serve.waitFor(60, TimeUnit.SECONDS)) {
        serve.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
    if (dataDir != null) {
      try (var files = Files.walk(dataDir)) {
        for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }

  @Test
  void
      the_packaged_jar_serves_durably_signs_in_keeps_the_key_out_of_its_output_and_exits_0_on_sigterm()
          throws Exception {
    Path jar = Path.of("target", "concierge-admin.jar").toAbsolutePath();
    assertThat(jar).exists();
    dataDir = Files.createTempDirectory("concierge-jar");
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            jar.toString(),
            "serve");
    Path data = dataDir.resolve("data");
    builder.environment().put("CONCIERGE_DATA_DIR", data.toString());
    builder.environment().put("PORT", Integer.toString(port));
    builder.environment().remove("DATABASE_URL");
    builder.environment().remove("HOST");
    serve = builder.start();
    // serve says when it listens; its output is read as it comes, so nothing is polled
    StringBuffer out = new StringBuffer();
    StringBuffer log = new StringBuffer();
    CompletableFuture<Boolean> listening = new CompletableFuture<>();
    CompletableFuture<Void> logEnded = new CompletableFuture<>();
    read(serve.getInputStream(), out, line -> line.contains("is listening on"), listening);
    read(serve.getErrorStream(), log, line -> false, new CompletableFuture<>())
        .whenComplete((ended, e) -> logEnded.complete(null));
    String base = "http://127.0.0.1:" + port;

    assertThat(listening.get(STARTS_WITHIN.toSeconds(), TimeUnit.SECONDS))
        .as("serve said it listens; its output:%n%s%n%s", out, log)
        .isTrue();
    assertThat(out.toString()).contains("is listening on http://127.0.0.1:" + port);
    assertThat(status(get(base + "/health", null))).as("health; output:%n%s", log).isEqualTo(200);
    assertThat(embeddedServerSettings(data.resolve("postgres")))
        .as("the embedded server writes durably")
        .containsOnly("on");

    String adminKey =
        Files.readString(data.resolve("admin-api-key"), StandardCharsets.UTF_8).strip();
    assertThat(out.toString())
        .as("output that is not a terminal names the key's file, never the key")
        .contains("Created the first admin API key in " + data.resolve("admin-api-key"))
        .doesNotContain(adminKey);
    assertThat(log.toString()).doesNotContain(adminKey);
    String password = "a passphrase long enough";
    HttpResponse<String> account =
        post(
            base + "/api/v1/accounts",
            adminKey,
            "{\"email\":\"jar@example.com\",\"display_name\":\"Jar\",\"role\":\"concierge\","
                + "\"password\":\""
                + password
                + "\"}");
    assertThat(account.statusCode()).as(account.body()).isEqualTo(201);
    HttpResponse<String> login =
        post(
            base + "/api/v1/auth/login",
            null,
            "{\"email\":\"jar@example.com\",\"password\":\"" + password + "\"}");
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    String token = login.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    assertThat(status(get(base + "/api/v1/persons", token))).isEqualTo(200);

    // SIGTERM through the handle: Process.destroy() would also close the pipes the log comes on
    serve.toHandle().destroy();
    assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
    logEnded.get(10, TimeUnit.SECONDS);
    assertThat(serve.exitValue()).as("exit code after a clean stop; log:%n%s", log).isZero();
    assertThat(log.toString())
        .contains("SIGTERM: stopping; requests in flight have up to 20.0 s to finish")
        .containsPattern("Stopped after draining for \\d+\\.\\d s\n");
    assertThat(data.resolve("postgres").resolve("postmaster.pid"))
        .as("the embedded PostgreSQL stopped with it")
        .doesNotExist();
  }

  /**
   * Each line of {@code stream} into {@code into}; {@code seen} completes at the first {@code
   * wanted}.
   */
  private static CompletableFuture<Void> read(
      InputStream stream,
      StringBuffer into,
      Predicate<String> wanted,
      CompletableFuture<Boolean> seen) {
    CompletableFuture<Void> ended = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                  into.append(line).append('\n');
                  if (wanted.test(line)) {
                    seen.complete(true);
                  }
                }
              } catch (IOException e) {
                into.append(e).append('\n');
              }
              seen.complete(false);
              ended.complete(null);
            },
            "serve-output");
    reader.setDaemon(true);
    reader.start();
    return ended;
  }

  /** fsync, synchronous_commit and full_page_writes as the running embedded server has them. */
  private static List<String> embeddedServerSettings(Path pgData) throws Exception {
    // PostgreSQL writes its port on line 4 of postmaster.pid
    int port =
        Integer.parseInt(Files.readAllLines(pgData.resolve("postmaster.pid")).get(3).strip());
    List<String> values = new ArrayList<>();
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/concierge", "postgres", "");
        Statement statement = connection.createStatement()) {
      for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
        try (ResultSet rs = statement.executeQuery("show " + setting)) {
          rs.next();
          values.add(rs.getString(1));
        }
      }
    }
    return values;
  }

  private HttpResponse<String> get(String url, String bearer) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET(), bearer);
  }

  private HttpResponse<String> post(String url, String bearer, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        bearer);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String bearer) {
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int status(HttpResponse<String> response) {
    return response == null ? 0 : response.statusCode();
  }
}
