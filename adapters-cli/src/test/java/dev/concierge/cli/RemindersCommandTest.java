package dev.concierge.cli;

import static dev.concierge.cli.ConciergeAdminTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.cli.ConciergeAdminTest.Run;
import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.persistence.PoolSettings;
import dev.concierge.persistence.PostgresDatabase;
import dev.concierge.persistence.testing.SharedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** reminders dispatch / pending / retry, including two dispatcher processes on one database. */
class RemindersCommandTest {
  private static final Pattern DISPATCHED = Pattern.compile("dispatched=(\\d+) failed=(\\d+)");

  @TempDir Path temp;

  @Test
  void two_dispatcher_processes_deliver_every_due_reminder_once() throws Exception {
    DatabaseUrl url = SharedPostgres.freshDatabase();
    Map<String, String> env = Map.of("DATABASE_URL", url.jdbcUrl() + "?user=postgres");
    Run generated =
        run(env, "generate", "--persons", "500", "--dates-per-person", "1", "--due-now", "6000");
    assertThat(generated.code()).as(generated.err()).isZero();
    try (PostgresDatabase database = PostgresDatabase.open(url, PoolSettings.DEFAULT)) {
      Jdbi jdbi = database.jdbi();
      long due =
          count(jdbi, "select count(*) from reminder_rules where scheduled_datetime <= now()");

      List<Process> dispatchers = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        dispatchers.add(dispatcherProcess(env, i));
      }
      long dispatched = 0;
      for (int i = 0; i < dispatchers.size(); i++) {
        Process process = dispatchers.get(i);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String out = Files.readString(temp.resolve("out" + i), StandardCharsets.UTF_8);
        String err = Files.readString(temp.resolve("err" + i), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isZero();
        Matcher matcher = DISPATCHED.matcher(out);
        assertThat(matcher.find()).as(out).isTrue();
        assertThat(matcher.group(2)).isEqualTo("0");
        dispatched += Long.parseLong(matcher.group(1));
      }

      assertThat(due).isGreaterThanOrEqualTo(6000);
      assertThat(dispatched).isEqualTo(due);
      assertThat(count(jdbi, "select count(*) from reminder_deliveries where status = 'delivered'"))
          .isEqualTo(due);
      assertThat(
              count(
                  jdbi,
                  "select count(distinct reminder_rule_id) from reminder_deliveries"
                      + " where status = 'delivered'"))
          .isEqualTo(due);
      assertThat(
              count(
                  jdbi,
                  "select count(*) from reminder_rules where scheduled_datetime <= now()"
                      + " and sent_at is null"))
          .isZero();
      assertThat(run(env, "reminders", "pending").out()).startsWith("due=0 oldest_due=-");
    }
  }

  @Test
  void a_sent_reminder_retried_from_the_command_line_is_delivered_again_in_a_new_cycle() {
    DatabaseUrl url = SharedPostgres.freshDatabase();
    Map<String, String> env = Map.of("DATABASE_URL", url.jdbcUrl() + "?user=postgres");
    assertThat(
            run(env, "generate", "--persons", "3", "--dates-per-person", "0", "--due-now", "2")
                .code())
        .isZero();

    Run pending = run(env, "reminders", "pending");
    Run first = run(env, "reminders", "dispatch", "--until-idle");
    try (PostgresDatabase database = PostgresDatabase.open(url, PoolSettings.DEFAULT)) {
      UUID rule =
          database
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("select reminder_rule_id from reminder_rules limit 1")
                          .mapTo(UUID.class)
                          .one());
      Run retried = run(env, "reminders", "retry", rule.toString());
      Run second = run(env, "reminders", "dispatch");
      Run unknown = run(env, "reminders", "retry", UUID.randomUUID().toString());

      assertThat(pending.out()).startsWith("due=2 oldest_due=20");
      assertThat(pending.out().lines()).hasSize(3);
      assertThat(first.out()).startsWith("dispatched=2 failed=0");
      assertThat(retried.code()).as(retried.err()).isZero();
      assertThat(retried.out()).contains(rule + " queued for").contains("(pending)");
      assertThat(second.out()).startsWith("dispatched=1 failed=0");
      assertThat(
              count(
                  database.jdbi(),
                  "select count(*) from reminder_deliveries where status = 'delivered'"
                      + " and reminder_rule_id = '"
                      + rule
                      + "'"))
          .isEqualTo(2);
      assertThat(unknown.code()).isEqualTo(1);
      assertThat(unknown.err()).contains("not found");
    }
  }

  private Process dispatcherProcess(Map<String, String> env, int i) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            ConciergeAdmin.class.getName(),
            "reminders",
            "dispatch",
            "--until-idle");
    builder.environment().putAll(env);
    builder.environment().put("CONCIERGE_DATA_DIR", temp.resolve("data").toString());
    builder.redirectOutput(temp.resolve("out" + i).toFile());
    builder.redirectError(temp.resolve("err" + i).toFile());
    return builder.start();
  }

  private static long count(Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
