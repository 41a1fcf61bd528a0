package dev.concierge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar concierge-admin.jar serve}, as the launcher script runs it: the packaged jar and
 * the libraries its manifest names. The other tests run on Maven's classpath, where a library
 * missing from {@code target/lib} would go unnoticed until a user starts the service. Signing in is
 * exercised because it loads the hashing and token libraries.
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
  void the_packaged_jar_serves_signs_in_and_stops_on_sigterm() throws Exception {
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
                "serve")
            .redirectErrorStream(true);
    builder.environment().put("CONCIERGE_DATA_DIR", dataDir.resolve("data").toString());
    builder.environment().put("PORT", Integer.toString(port));
    builder.environment().remove("DATABASE_URL");
    serve = builder.start();
    // serve says when it listens; its output is read as it comes, so nothing is polled
    StringBuffer log = new StringBuffer();
    CompletableFuture<Boolean> listening = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                  log.append(line).append('\n');
                  if (line.contains("is listening on")) {
                    listening.complete(true);
                  }
                }
              } catch (IOException e) {
                log.append(e).append('\n');
              }
              listening.complete(false);
            },
            "serve-output");
    reader.setDaemon(true);
    reader.start();
    String base = "http://127.0.0.1:" + port;

    assertThat(listening.get(STARTS_WITHIN.toSeconds(), TimeUnit.SECONDS))
        .as("serve said it listens; its output:%n%s", log)
        .isTrue();
    assertThat(status(get(base + "/health", null))).as("health; output:%n%s", log).isEqualTo(200);

    String adminKey =
        Files.readString(dataDir.resolve("data").resolve("admin-api-key"), StandardCharsets.UTF_8)
            .strip();
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

    serve.destroy();
    assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
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
