package dev.concierge.cli;

import static dev.concierge.cli.ConciergeAdminTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.cli.ConciergeAdminTest.Run;
import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.persistence.testing.SharedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackfillCommandTest {

  @Test
  void backfill_fills_next_occurrences_reports_a_summary_and_is_idempotent() throws SQLException {
    DatabaseUrl url = SharedPostgres.freshDatabase();
    try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), "postgres", "");
        Statement sql = connection.createStatement()) {
      sql.execute(
          """
          insert into persons (person_id, org_id, full_name, person_type, timezone)
          values ('11111111-1111-1111-1111-111111111111', '00000000-0000-0000-0000-000000000001',
                  'Hannah Berkowitz', 'client', 'America/New_York');
          insert into date_items (org_id, person_id, title, date_value, recurrence_rule)
          select '00000000-0000-0000-0000-000000000001', '11111111-1111-1111-1111-111111111111',
                 'Date ' || n, date '2000-01-01' + n, 'FREQ=YEARLY'
          from generate_series(1, 25) n;
          """);
      Map<String, String> env = Map.of("DATABASE_URL", url.jdbcUrl() + "?user=postgres");

      Run dry = run(env, "backfill", "next-occurrences", "--dry-run", "--batch-size", "10");
      Run first = run(env, "backfill", "next-occurrences", "--batch-size", "10");
      Run second = run(env, "backfill", "next-occurrences");

      assertThat(dry.out()).startsWith("dry run: examined=25 next_occurrence_changed=25");
      assertThat(first.code()).isZero();
      assertThat(first.out()).startsWith("examined=25 next_occurrence_changed=25");
      assertThat(second.out()).startsWith("examined=25 next_occurrence_changed=0");
      // only a run that wrote vacuums: the first, not the dry run or the second
      assertThat(first.out()).containsPattern("vacuumed dates and reminders in [0-9.]+ s");
      assertThat(dry.out()).doesNotContain("vacuumed");
      assertThat(second.out()).doesNotContain("vacuumed");
      try (ResultSet rs =
          sql.executeQuery(
              "select count(*) from pg_stat_user_tables"
                  + " where relname in ('date_items', 'reminder_rules') and last_vacuum is not null")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(2);
      }
      try (ResultSet rs =
          sql.executeQuery("select count(*) from date_items where next_occurrence is null")) {
        rs.next();
        assertThat(rs.getInt(1)).isZero();
      }
    }
  }
}
