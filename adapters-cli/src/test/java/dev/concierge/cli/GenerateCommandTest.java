package dev.concierge.cli;

import static dev.concierge.cli.ConciergeAdminTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.cli.ConciergeAdminTest.Run;
import dev.concierge.core.access.Caller;
import dev.concierge.core.dashboard.Dashboard;
import dev.concierge.library.Concierge;
import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.persistence.PoolSettings;
import dev.concierge.persistence.PostgresDatabase;
import dev.concierge.persistence.testing.SharedPostgres;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** concierge-admin generate, in-process, on a fresh database. */
class GenerateCommandTest {
  private static final Pattern ORG = Pattern.compile("organization ([0-9a-f-]{36}) \\(new\\)");

  @Test
  void generates_the_requested_rows_in_a_new_organization_with_schedules_computed() {
    DatabaseUrl url = SharedPostgres.freshDatabase();
    Map<String, String> env = Map.of("DATABASE_URL", url.jdbcUrl() + "?user=postgres");

    Run first =
        run(
            env,
            "generate",
            "--persons",
            "20",
            "--dates-per-person",
            "3",
            "--due-now",
            "7",
            "--messages-per-person",
            "4");

    assertThat(first.code()).as(first.err()).isZero();
    Matcher matcher = ORG.matcher(first.out());
    assertThat(matcher.find()).as(first.out()).isTrue();
    UUID org = UUID.fromString(matcher.group(1));
    assertThat(first.out()).contains("examined=60 next_occurrence_changed=60");
    try (PostgresDatabase database = PostgresDatabase.open(url, PoolSettings.DEFAULT)) {
      Jdbi jdbi = database.jdbi();
      String where = " where org_id = '" + org + "'";
      assertThat(
              count(jdbi, "select count(*) from persons" + where + " and person_type = 'client'"))
          .isEqualTo(20);
      assertThat(count(jdbi, "select count(distinct timezone) from persons" + where))
          .isGreaterThanOrEqualTo(6);
      assertThat(
              count(
                  jdbi,
                  "select count(*) from comm_identities"
                      + where
                      + " and channel_type = 'email' and is_primary"
                      + " and identity_value ~ '^person-[0-9]+@example\\.invalid$'"))
          .isEqualTo(20);
      assertThat(count(jdbi, "select count(*) from date_items" + where)).isEqualTo(60);
      assertThat(
              count(
                  jdbi,
                  "select count(*) from date_items"
                      + where
                      + " and next_occurrence >= current_date - 1"))
          .isEqualTo(60);
      assertThat(
              count(
                  jdbi,
                  "select count(*) from reminder_rules"
                      + where
                      + " and reminder_type = 'lead_time' and lead_time_days = 14"
                      + " and scheduled_datetime is not null and sent_at is null"))
          .isEqualTo(60);
      assertThat(
              count(
                  jdbi,
                  "select count(*) from reminder_rules"
                      + where
                      + " and reminder_type = 'scheduled' and scheduled_datetime < now()"
                      + " and sent_at is null"))
          .isEqualTo(7);
      assertThat(count(jdbi, "select count(*) from conversations" + where)).isEqualTo(20);
      assertThat(count(jdbi, "select count(*) from messages" + where)).isEqualTo(80);
      assertThat(count(jdbi, "select count(*) from projects" + where)).isEqualTo(40);
      assertThat(count(jdbi, "select count(*) from tasks" + where)).isEqualTo(120);
      assertThat(first.out()).containsPattern("vacuum [0-9.]+ s");
      assertThat(
              count(
                  jdbi,
                  "select count(*) from pg_stat_user_tables"
                      + " where relname in ('date_items', 'reminder_rules')"
                      + " and last_vacuum is not null"))
          .isEqualTo(2);

      UUID person =
          jdbi.withHandle(
              h ->
                  h.createQuery("select person_id from persons" + where + " limit 1")
                      .mapTo(UUID.class)
                      .one());
      Dashboard dashboard =
          Concierge.builder()
              .database(database)
              .migrate(false)
              .build()
              .dashboards()
              .dashboard(Caller.operator(org, "test"), person);
      assertThat(dashboard.widgets().upcomingDates()).hasSize(3);
      assertThat(dashboard.widgets().activeProjects()).isNotEmpty();
      assertThat(dashboard.widgets().recentConversations()).hasSize(1);

      // into the same organization again: new people, new addresses, nothing collides
      Run second =
          run(
              env,
              "generate",
              "--persons",
              "5",
              "--dates-per-person",
              "0",
              "--org",
              org.toString());
      assertThat(second.code()).as(second.err()).isZero();
      assertThat(second.out()).contains("organization " + org + " (existing)");
      assertThat(count(jdbi, "select count(*) from persons" + where)).isEqualTo(25);
      assertThat(
              count(
                  jdbi,
                  "select count(*) from comm_identities"
                      + where
                      + " and identity_value = 'person-25@example.invalid'"))
          .isEqualTo(1);
    }
  }

  @Test
  void invalid_input_exits_2_and_writes_nothing() {
    DatabaseUrl url = SharedPostgres.freshDatabase();
    Map<String, String> env = Map.of("DATABASE_URL", url.jdbcUrl() + "?user=postgres");

    assertThat(run(env, "generate", "--persons", "0", "--dates-per-person", "1").code())
        .isEqualTo(2);
    assertThat(run(env, "generate", "--persons", "1", "--dates-per-person", "-1").code())
        .isEqualTo(2);
    assertThat(
            run(env, "generate", "--persons", "1", "--dates-per-person", "1", "--due-now", "-1")
                .code())
        .isEqualTo(2);
    assertThat(
            run(
                    env,
                    "generate",
                    "--persons",
                    "1",
                    "--dates-per-person",
                    "1",
                    "--messages-per-person",
                    "x")
                .code())
        .isEqualTo(2);
    assertThat(run(env, "generate", "--dates-per-person", "1").code()).isEqualTo(2);
    Run unknownOrg =
        run(
            env,
            "generate",
            "--persons",
            "1",
            "--dates-per-person",
            "1",
            "--org",
            "99999999-9999-9999-9999-999999999999");
    assertThat(unknownOrg.code()).isEqualTo(2);
    assertThat(unknownOrg.err()).contains("no organization");
    try (PostgresDatabase database = PostgresDatabase.open(url, PoolSettings.DEFAULT)) {
      assertThat(count(database.jdbi(), "select count(*) from persons")).isZero();
    }
  }

  private static long count(Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
