package dev.concierge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.errors.UnauthenticatedException;
import dev.concierge.library.Concierge;
import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.persistence.PoolSettings;
import dev.concierge.persistence.PostgresDatabase;
import dev.concierge.persistence.testing.SharedPostgres;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** accounts create / list / set-password / deactivate, with passwords only on standard input. */
class AccountsCommandTest {
  private static final String DEFAULT_ORG = "00000000-0000-0000-0000-000000000001";
  private static final String PASSWORD = "a long enough passphrase";

  private final DatabaseUrl database = SharedPostgres.freshDatabase();
  private final Map<String, String> env =
      Map.of("DATABASE_URL", database.jdbcUrl() + "?user=postgres");
  private PostgresDatabase opened;

  @Test
  void create_reads_the_password_from_stdin_and_keeps_only_its_argon2id_hash() {
    Run created = create("anna@example.com", "concierge", PASSWORD + "\n");
    Run listed = run("", "accounts", "list");

    assertThat(created.code).as(created.err).isZero();
    assertThat(created.out).startsWith("Created account ").contains("(concierge) anna@example.com");
    assertThat(listed.out)
        .contains(created.id())
        .contains("anna@example.com")
        .contains("Anna K.")
        .contains("active")
        .doesNotContain(PASSWORD)
        .doesNotContain("argon2");
    String hash = hashOf("anna@example.com");
    assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
  }

  @Test
  void set_password_and_deactivate_find_the_account_by_email_address_or_id() {
    String id = create("bo@example.com", "admin", PASSWORD + "\r\n").id();

    Run changed =
        run(
            "another long passphrase\nignored second line\n",
            "accounts",
            "set-password",
            "BO@example.com",
            "--password-stdin");

    assertThat(changed.code).as(changed.err).isZero();
    assertThat(signIn("bo@example.com", PASSWORD)).isFalse();
    assertThat(signIn("bo@example.com", "another long passphrase")).isTrue();

    Run deactivated = run("", "accounts", "deactivate", id);

    assertThat(deactivated.code).as(deactivated.err).isZero();
    assertThat(deactivated.out).contains("Deactivated bo@example.com");
    assertThat(run("", "accounts", "list", "--org", DEFAULT_ORG).out).contains("inactive");
    assertThat(signIn("bo@example.com", "another long passphrase")).isFalse();
  }

  @Test
  void a_weak_or_missing_password_a_bad_role_and_a_taken_address_fail_clearly() {
    create("cleo@example.com", "analyst", PASSWORD);

    Run weak = create("dan@example.com", "analyst", "short\n");
    Run noStdin =
        run(
            "",
            "accounts",
            "create",
            "--org",
            DEFAULT_ORG,
            "--email",
            "dan@example.com",
            "--name",
            "Dan",
            "--role",
            "analyst");
    Run badRole = create("dan@example.com", "root", PASSWORD);
    Run taken = create("CLEO@example.com", "analyst", PASSWORD);
    Run unknown =
        run(PASSWORD, "accounts", "set-password", "nobody@example.com", "--password-stdin");
    Run noArgs = run("", "accounts");

    assertThat(weak.code).isEqualTo(2);
    assertThat(weak.err).contains("password: must be 12 to 1,024 characters");
    // no terminal in a test: without --password-stdin there is no way to give a password
    assertThat(noStdin.code).isEqualTo(2);
    assertThat(noStdin.err).contains("--password-stdin");
    assertThat(badRole.code).isEqualTo(2);
    assertThat(badRole.err).contains("role");
    assertThat(taken.code).isEqualTo(1);
    assertThat(taken.err).contains("already exists");
    assertThat(unknown.code).isEqualTo(1);
    assertThat(unknown.err).contains("not found");
    assertThat(noArgs.code).isEqualTo(2);
    assertThat(noArgs.err).contains("create, list, set-password or deactivate");
  }

  private Run create(String email, String role, String stdin) {
    return run(
        stdin,
        "accounts",
        "create",
        "--org",
        DEFAULT_ORG,
        "--email",
        email,
        "--name",
        "Anna K.",
        "--role",
        role,
        "--password-stdin");
  }

  @AfterEach
  void close() {
    if (opened != null) {
      opened.close();
    }
  }

  private PostgresDatabase db() {
    if (opened == null) {
      opened = PostgresDatabase.open(database, PoolSettings.DEFAULT);
    }
    return opened;
  }

  private String hashOf(String email) {
    return db().jdbi()
        .withHandle(
            h ->
                h.createQuery("select password_hash from accounts where email = :email")
                    .bind("email", email)
                    .mapTo(String.class)
                    .one());
  }

  /** Signs in as the service would, with the hashes the command made. */
  private boolean signIn(String email, String password) {
    try {
      Concierge.builder().database(db()).migrate(false).build().accounts().login(email, password);
      return true;
    } catch (UnauthenticatedException e) {
      return false;
    }
  }

  private Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        ConciergeAdmin.execute(
            env,
            args,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintWriter(out),
            new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private record Run(int code, String out, String err) {
    String id() {
      List<String> words = List.of(out.split(" "));
      return words.get(2);
    }
  }
}
