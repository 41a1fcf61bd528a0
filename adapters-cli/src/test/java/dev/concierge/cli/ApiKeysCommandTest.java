package dev.concierge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.persistence.testing.SharedPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** api-keys create / list / revoke, and the first admin key that the first serve creates. */
class ApiKeysCommandTest {
  private static final String DEFAULT_ORG = "00000000-0000-0000-0000-000000000001";

  @Test
  void create_prints_the_key_alone_on_the_last_line_and_list_and_revoke_manage_it() {
    Map<String, String> env = env(SharedPostgres.freshDatabase());

    Run created =
        run(env, "api-keys", "create", "--org", DEFAULT_ORG, "--role", "analyst", "--name", "BI");
    List<String> lines = created.out.lines().toList();
    String key = lines.get(lines.size() - 1);
    String id = lines.get(0).split(" ")[3];
    Run listed = run(env, "api-keys", "list");
    Run revoked = run(env, "api-keys", "revoke", id);
    Run listedAgain = run(env, "api-keys", "list");

    assertThat(created.code).isZero();
    assertThat(key).matches("ck_[A-Za-z0-9_-]{43}");
    assertThat(listed.out).contains(id).contains(key.substring(0, 12)).contains("analyst");
    assertThat(listed.out).contains("active").doesNotContain(key);
    assertThat(revoked.code).isZero();
    assertThat(listedAgain.out).contains("revoked");
  }

  @Test
  void invalid_role_unknown_organization_and_unknown_key_fail_clearly() {
    Map<String, String> env = env(SharedPostgres.freshDatabase());

    Run badRole =
        run(env, "api-keys", "create", "--org", DEFAULT_ORG, "--role", "root", "--name", "x");
    Run badOrg =
        run(
            env,
            "api-keys",
            "create",
            "--org",
            "7d0c0c8e-0000-4000-8000-000000000000",
            "--role",
            "admin",
            "--name",
            "x");
    Run unknown = run(env, "api-keys", "revoke", "7d0c0c8e-0000-4000-8000-000000000000");
    Run notUuid = run(env, "api-keys", "revoke", "seven");

    assertThat(badRole.code).isEqualTo(2);
    assertThat(badRole.err).contains("role");
    assertThat(badOrg.code).isEqualTo(1);
    assertThat(badOrg.err).contains("organization");
    assertThat(unknown.code).isEqualTo(1);
    assertThat(notUuid.code).isEqualTo(2);
  }

  @Test
  void the_first_serve_creates_an_admin_key_once_prints_it_and_keeps_it_in_a_private_file(
      @TempDir Path dataDir) throws Exception {
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

    String key;
    int status;
    try (RunningService first = RunningService.start(settings)) {
      key = first.firstAdminKey().orElseThrow().secret();
      status =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + first.port() + "/api/v1/persons"))
                      .header("Authorization", "Bearer " + key)
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode();
    }
    Path file = dataDir.resolve("admin-api-key");
    boolean secondCreatedOne;
    try (RunningService second = RunningService.start(settings)) {
      secondCreatedOne = second.firstAdminKey().isPresent();
    }

    assertThat(status).isEqualTo(200);
    assertThat(Files.readString(file).strip()).isEqualTo(key);
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    assertThat(secondCreatedOne).isFalse();
  }

  private static Map<String, String> env(DatabaseUrl database) {
    return Map.of("DATABASE_URL", database.jdbcUrl() + "?user=postgres");
  }

  private static Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ConciergeAdmin.execute(env, args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private record Run(int code, String out, String err) {}
}
