package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.roster.RosterAgent;
import dev.concierge.persistence.testing.SharedPostgres;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real migrations on an empty PostgreSQL: what they create, and that re-running is a no-op. */
class MigrationsTest {
  private static final List<String> SPEC_TABLES =
      List.of(
          "organizations",
          "persons",
          "accounts",
          "comm_identities",
          "conversations",
          "messages",
          "projects",
          "tasks",
          "date_categories",
          "date_items",
          "reminder_rules",
          "recommendations",
          "agent_roster",
          "agent_execution_logs",
          "reminder_deliveries",
          "api_keys",
          "audit_log",
          "resources",
          "person_relationships");

  private static PostgresDatabase database;
  private static Migrations.MigrationOutcome firstRun;

  @BeforeAll
  static void migrateEmptyDatabase() {
    database = PostgresDatabase.open(SharedPostgres.emptyDatabase(), PoolSettings.DEFAULT);
    firstRun = new Migrations(database.dataSource()).migrate();
  }

  @AfterAll
  static void close() {
    database.close();
  }

  private static List<String> strings(String sql) {
    return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
  }

  private static String string(String sql) {
    return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
  }

  @Test
  void first_run_applies_every_migration_and_a_second_run_applies_none() {
    assertThat(firstRun.appliedVersions()).startsWith("1", "2");

    Migrations migrations = new Migrations(database.dataSource());
    assertThat(migrations.migrate().appliedVersions()).isEmpty();
    assertThat(migrations.pendingCount()).isZero();
    assertThat(migrations.status()).allSatisfy(m -> assertThat(m.state()).isEqualTo("Success"));
  }

  @Test
  void a_database_without_the_newest_migration_counts_it_pending() {
    try (PostgresDatabase behind =
        PostgresDatabase.open(SharedPostgres.emptyDatabase(), PoolSettings.DEFAULT)) {
      Migrations migrations = new Migrations(behind.dataSource());
      assertThat(migrations.pendingCount()).isEqualTo(firstRun.appliedVersions().size());
      migrations.migrate();
      behind
          .jdbi()
          .useHandle(
              h ->
                  h.execute(
                      "delete from flyway_schema_history where installed_rank ="
                          + " (select max(installed_rank) from flyway_schema_history)"));

      assertThat(new Migrations(behind.dataSource()).pendingCount()).isEqualTo(1);
    }
  }

  @Test
  void a_database_without_an_older_migration_merged_after_a_newer_one_counts_it_pending() {
    try (PostgresDatabase behind =
        PostgresDatabase.open(SharedPostgres.emptyDatabase(), PoolSettings.DEFAULT)) {
      new Migrations(behind.dataSource()).migrate();
      behind
          .jdbi()
          .useHandle(h -> h.execute("delete from flyway_schema_history where version = '2'"));

      assertThat(new Migrations(behind.dataSource()).pendingCount()).isEqualTo(1);
    }
  }

  @Test
  void every_table_of_the_spec_exists() {
    List<String> tables =
        strings(
            "select table_name from information_schema.tables"
                + " where table_schema = 'public' and table_type = 'BASE TABLE'");

    assertThat(tables).containsAll(SPEC_TABLES);
  }

  @Test
  void catalogue_tables_of_the_spec_exist_as_views_over_resources() {
    List<String> views =
        strings(
            "select table_name from information_schema.views" + " where table_schema = 'public'");

    assertThat(views).contains("vendors", "venues", "restaurants", "products");
  }

  @Test
  void every_table_but_organizations_is_owned_by_an_organization() {
    List<String> withoutOrg =
        strings(
            """
                            select t.table_name from information_schema.tables t
                            where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
                              and t.table_name not in ('organizations', 'flyway_schema_history')
                              and not exists (
                                select 1 from information_schema.columns c
                                where c.table_schema = t.table_schema
                                  and c.table_name = t.table_name
                                  and c.column_name = 'org_id' and c.is_nullable = 'NO')
                            """);

    assertThat(withoutOrg).isEmpty();
  }

  @Test
  void an_organization_made_before_the_roster_has_the_six_shipped_agents() {
    UUID defaultOrganization = UUID.fromString("00000000-0000-0000-0000-000000000001");

    List<RosterAgent> roster = new JdbiAgentRosterStore(database.jdbi()).list(defaultOrganization);

    assertThat(roster).extracting(RosterAgent::name).containsExactly(AgentName.values());
    for (RosterAgent agent : roster) {
      assertThat(agent)
          .usingRecursiveComparison()
          .ignoringFields("agentId", "updatedAt")
          .isEqualTo(RosterAgent.shipped(defaultOrganization, agent.name()));
    }
  }

  @Test
  void the_four_indexes_the_spec_recommends_exist() {
    List<String> indexes = strings("select indexname from pg_indexes where schemaname = 'public'");

    assertThat(indexes)
        .contains(
            "idx_pending_reminders",
            "idx_person_dates",
            "idx_person_projects",
            "idx_conversation_person");
  }

  @Test
  void pending_reminders_index_is_partial_on_unsent_unpaused_rules() {
    String definition =
        string("select indexdef from pg_indexes where indexname = 'idx_pending_reminders'");

    assertThat(definition)
        .contains("(scheduled_datetime, sent_at)")
        .contains("sent_at IS NULL")
        .contains("paused_at IS NULL");
  }

  @Test
  void every_table_with_updated_at_has_a_trigger_that_maintains_it() {
    List<String> missing =
        strings(
            """
                            select c.table_name from information_schema.columns c
                            join information_schema.tables t
                              on t.table_schema = c.table_schema and t.table_name = c.table_name
                            where c.table_schema = 'public' and c.column_name = 'updated_at'
                              and t.table_type = 'BASE TABLE'
                              and not exists (
                                select 1 from information_schema.triggers g
                                where g.event_object_table = c.table_name
                                  and g.trigger_name = c.table_name || '_touch_updated_at')
                            """);

    assertThat(missing).isEmpty();
  }

  @Test
  void instants_are_timestamptz_and_calendar_dates_are_date() {
    List<String> wrong =
        strings(
            """
                            select table_name || '.' || column_name || ' ' || data_type
                            from information_schema.columns
                            where table_schema = 'public'
                              and table_name not in ('flyway_schema_history')
                              and (
                                (column_name like '%\\_at' and data_type <> 'timestamp with time zone')
                                or (column_name = 'scheduled_datetime'
                                    and data_type <> 'timestamp with time zone')
                                or (column_name in ('birthday', 'date_value', 'next_occurrence', 'due_date')
                                    and data_type <> 'date')
                                or (column_name like '%\\_jsonb' and data_type <> 'jsonb')
                                or (data_type = 'timestamp without time zone'))
                            """);

    assertThat(wrong).isEmpty();
  }
}
