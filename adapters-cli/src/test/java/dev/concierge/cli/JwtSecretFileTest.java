package dev.concierge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.ConfigurationException;
import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.persistence.testing.SharedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated token secret: made once, private, kept, so tokens outlive a restart. */
class JwtSecretFileTest {
  @TempDir Path dataDir;

  @Test
  void the_secret_is_generated_once_readable_by_its_owner_only_and_then_reused() throws Exception {
    String first = JwtSecretFile.readOrCreate(dataDir);
    String again = JwtSecretFile.readOrCreate(dataDir);

    assertThat(first).matches("[A-Za-z0-9_-]{64}");
    assertThat(again).isEqualTo(first);
    assertThat(Files.getPosixFilePermissions(dataDir.resolve("jwt-secret")))
        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
  }

  @Test
  void a_secret_file_too_short_to_sign_with_is_refused() throws Exception {
    Files.writeString(dataDir.resolve("jwt-secret"), "short\n");

    assertThatThrownBy(() -> JwtSecretFile.readOrCreate(dataDir))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("fewer than 32 bytes");
  }

  @Test
  void a_token_from_before_a_restart_still_works_after_it() throws Exception {
    DatabaseUrl database = SharedPostgres.emptyDatabase();
    Settings settings =
        Settings.from(
                Map.of(
                    "DATABASE_URL",
                    database.jdbcUrl() + "?user=postgres",
                    "CONCIERGE_DATA_DIR",
                    dataDir.toString()),
                "x")
            .withPort(0);
    String token;
    try (RunningService first = RunningService.start(settings)) {
      String key = first.firstAdminKey().orElseThrow().secret();
      send(
          first.port(),
          "POST",
          "/api/v1/accounts",
          key,
          "{\"email\":\"restart@example.com\",\"display_name\":\"R\",\"role\":\"analyst\","
              + "\"password\":\"survives a restart\"}");
      String login =
          send(
                  first.port(),
                  "POST",
                  "/api/v1/auth/login",
                  null,
                  "{\"email\":\"restart@example.com\",\"password\":\"survives a restart\"}")
              .body();
      token = login.replaceFirst(".*\"access_token\":\"([^\"]+)\".*", "$1");
    }

    int status;
    try (RunningService second = RunningService.start(settings)) {
      status = send(second.port(), "GET", "/api/v1/persons", token, null).statusCode();
    }

    assertThat(token.split("\\.")).hasSize(3);
    assertThat(status).isEqualTo(200);
  }

  private static HttpResponse<String> send(
      int port, String method, String path, String bearer, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
