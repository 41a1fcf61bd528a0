package dev.concierge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.persistence.testing.SharedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The commands as an operator runs them, in-process, against the real database. */
class ConciergeAdminTest {

  @Test
  void version_and_help_work_without_any_configuration() {
    Run version = run(Map.of("PORT", "not-a-port"), "--version");
    Run help = run(Map.of(), "db", "migrate", "--help");

    assertThat(version.code).isZero();
    assertThat(version.out).startsWith("concierge-admin ");
    assertThat(help.code).isZero();
    assertThat(help.out).contains("Usage: concierge-admin db migrate");
  }

  @Test
  void every_commands_help_renders_without_a_formatting_warning() {
    // picocli formats descriptions with String.format: a stray % is a warning on stderr and the
    // help printed unformatted
    PrintStream stderr = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    List<String> usages = new ArrayList<>();
    try {
      System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
      collectUsage(
          new CommandLine(new ConciergeAdmin(Map.of(), InputStream.nullInputStream())), usages);
    } finally {
      System.setErr(stderr);
    }

    assertThat(usages).hasSizeGreaterThan(20);
    assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(String.join("\n", usages)).contains("printf '%s\\n' \"$PASSWORD\"");
  }

  private static void collectUsage(CommandLine command, List<String> usages) {
    usages.add(command.getUsageMessage());
    command.getSubcommands().values().forEach(sub -> collectUsage(sub, usages));
  }

  @Test
  void a_missing_command_or_unknown_option_is_a_usage_error() {
    assertThat(run(Map.of()).code).isEqualTo(2);
    assertThat(run(Map.of(), "db").code).isEqualTo(2);
    assertThat(run(Map.of(), "db", "status", "--frobnicate").code).isEqualTo(2);
  }

  @Test
  void a_usage_error_is_one_error_line_and_where_help_is_not_the_whole_usage() {
    Run unknown = run(Map.of(), "db", "status", "--frobnicate");
    Run notAnId = run(Map.of(), "reminders", "retry", "not-a-uuid");

    assertThat(unknown.err.lines())
        .containsExactly(
            "error: Unknown option: '--frobnicate'", "Try 'concierge-admin db status --help'.");
    assertThat(notAnId.code).isEqualTo(2);
    assertThat(notAnId.err.lines().findFirst().orElseThrow())
        .startsWith("error: ")
        .endsWith("'not-a-uuid' is not a UUID");
  }

  @Test
  void migrate_creates_the_schema_in_the_database_named_by_database_url_and_status_reports_it() {
    DatabaseUrl empty = SharedPostgres.emptyDatabase();
    Map<String, String> env = Map.of("DATABASE_URL", empty.jdbcUrl() + "?user=postgres");

    Run before = run(env, "db", "status");
    Run migrate = run(env, "db", "migrate");
    Run again = run(env, "db", "migrate");
    Run after = run(env, "db", "status");

    // every migration the build ships, however many there are by now
    Matcher pending =
        Pattern.compile("Schema version: none \\((\\d+) pending\\)").matcher(before.out);
    assertThat(pending.find()).as(before.out).isTrue();
    int shipped = Integer.parseInt(pending.group(1));
    assertThat(shipped).isGreaterThanOrEqualTo(8);
    assertThat(migrate.code).isZero();
    Matcher applied =
        Pattern.compile(
                "Applied (\\d+) migration\\(s\\) \\[1, 2, 3[\\d, ]*, (\\d+)\\]; schema is at version (\\d+)\\.")
            .matcher(migrate.out);
    assertThat(applied.find()).as(migrate.out).isTrue();
    assertThat(Integer.parseInt(applied.group(1))).isEqualTo(shipped);
    String latest = applied.group(3);
    assertThat(applied.group(2)).isEqualTo(latest);
    assertThat(again.out).contains("Schema is up to date at version " + latest + ".");
    assertThat(after.code).isZero();
    assertThat(after.out)
        .contains("Schema version: " + latest + " (up to date)")
        .contains("Success");
  }

  @Test
  void an_unreachable_database_is_one_clear_line_and_exit_code_1() {
    Run run =
        run(
            Map.of("DATABASE_URL", "postgresql://app:hunter2@127.0.0.1:1/concierge"),
            "db",
            "status");

    assertThat(run.code).isEqualTo(1);
    assertThat(run.err.lines()).hasSize(1);
    assertThat(run.err)
        .startsWith(
            "error: cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/concierge")
        .doesNotContain("hunter2");
  }

  @Test
  void an_invalid_setting_is_exit_code_2_naming_the_variable() {
    Run run = run(Map.of("DATABASE_URL", "mysql://x/y"), "db", "migrate");

    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).startsWith("error: DATABASE_URL must start with postgresql://");
  }

  @Test
  void an_unknown_log_format_is_one_line_naming_log_format_and_exit_code_2() {
    Run run = run(Map.of("LOG_FORMAT", "xml"), "db", "status");

    assertThat(run.code).isEqualTo(2);
    assertThat(run.err.lines())
        .containsExactly("error: LOG_FORMAT must be text or json, got \"xml\"");
  }

  static Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ConciergeAdmin.execute(env, args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  record Run(int code, String out, String err) {}
}
