package dev.concierge.cli;

import static dev.concierge.cli.ConciergeAdminTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.cli.ConciergeAdminTest.Run;
import dev.concierge.core.organization.Organization;
import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.persistence.PoolSettings;
import dev.concierge.persistence.PostgresDatabase;
import dev.concierge.persistence.testing.SharedPostgres;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** digest preview / send-due against a database of their own. */
class DigestCommandTest {
  private Map<String, String> env;

  @BeforeEach
  void database() {
    DatabaseUrl url = SharedPostgres.freshDatabase();
    env = Map.of("DATABASE_URL", url.jdbcUrl() + "?user=postgres");
    try (PostgresDatabase database = PostgresDatabase.open(url, PoolSettings.DEFAULT)) {
      database
          .jdbi()
          .useHandle(
              handle ->
                  handle.execute(
                      "insert into accounts (org_id, email, display_name, role)"
                          + " values (?, 'anna@example.com', 'Anna K.', 'concierge')",
                      Organization.DEFAULT_ID));
    }
  }

  @Test
  void a_preview_prints_the_digest_as_it_would_be_sent_and_sends_nothing() {
    Run preview = run(env, "digest", "preview", "--account", "ANNA@example.com");

    assertThat(preview.code()).as(preview.err()).isZero();
    assertThat(preview.out())
        .startsWith("to: anna@example.com (email, off)\nsubject: Your digest for ")
        .contains("Hello Anna K., here is the next 7 days for your clients.")
        .contains("(nothing to say: this digest would not be sent)");
  }

  @Test
  void an_unknown_account_is_one_line_on_stderr_and_exit_code_1() {
    Run preview = run(env, "digest", "preview", "--account", "nobody@example.com");

    assertThat(preview.code()).isEqualTo(ExitCodes.FAILURE);
    assertThat(preview.err().lines()).hasSize(1);
    assertThat(preview.err()).contains("nobody@example.com");
  }

  @Test
  void send_due_runs_one_pass_and_says_what_it_did() {
    Run sent = run(env, "digest", "send-due");

    assertThat(sent.code()).as(sent.err()).isZero();
    assertThat(sent.out()).isEqualTo("sent=0 empty=0 failed=0 retrying=0\n");
  }
}
