package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.ports.OrganizationScopes.Scope;
import dev.concierge.core.projects.Project;
import dev.concierge.core.projects.ProjectStatus;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Row-level security (migration V6) as the second wall between organizations: inside an
 * organization scope, even a query with no {@code where org_id} sees and writes only that
 * organization's rows.
 */
class RowLevelSecurityTest {
  /** Every table {@link #seeded} puts a row in, for each organization. */
  private static final List<String> SEEDED_TABLES =
      List.of(
          "organizations",
          "persons",
          "person_relationships",
          "person_preferences",
          "accounts",
          "comm_identities",
          "conversations",
          "messages",
          "projects",
          "tasks",
          "date_categories",
          "date_items",
          "reminder_rules",
          "reminder_deliveries",
          "resources",
          "recommendations",
          "agent_roster",
          "agent_execution_logs",
          "agent_pending_actions",
          "api_keys",
          "audit_log",
          "proactive_runs");

  private final PostgresDatabase database = SharedPostgres.migrated();
  private final Jdbi jdbi = database.jdbi();
  private final PostgresOrganizationScope scope = database.organizationScope();
  private UUID orgA;
  private UUID orgB;

  @BeforeEach
  void twoSeededOrganizations() {
    orgA = seeded("RLS org A");
    orgB = seeded("RLS org B");
  }

  @Test
  void inside_a_scope_a_query_without_where_sees_only_its_own_organization() {
    List<UUID> owners =
        scope.within(
            orgA,
            () ->
                jdbi.withHandle(
                    h -> h.createQuery("select org_id from persons").mapTo(UUID.class).list()));

    assertThat(owners).hasSize(2).containsOnly(orgA);
  }

  @Test
  void every_table_of_an_organization_shows_only_the_scoped_one() {
    List<String> tables = tablesWithOrgId();
    assertThat(tables).containsAll(SEEDED_TABLES);

    for (String table : tables) {
      List<UUID> visible = scope.within(orgA, () -> organizationsIn(jdbi, table));
      if (SEEDED_TABLES.contains(table)) {
        assertThat(visible).as(table).containsExactly(orgA);
      } else {
        assertThat(visible).as(table).isSubsetOf(orgA);
      }
    }
  }

  @Test
  void the_catalogue_views_respect_the_scope() {
    for (String view : List.of("vendors", "venues", "restaurants", "products")) {
      jdbi.useHandle(
          h ->
              h.execute(
                  "insert into resources (org_id, resource_type, name)"
                      + " select org_id, ?, 'Entry' from organizations where org_id in (?, ?)",
                  view.substring(0, view.length() - 1),
                  orgA,
                  orgB));

      assertThat(scope.within(orgB, () -> organizationsIn(jdbi, view)))
          .as(view)
          .containsExactly(orgB);
      assertThat(organizationsIn(jdbi, view)).as(view).contains(orgA, orgB);
    }
  }

  @Test
  void outside_any_scope_every_organization_is_visible() {
    assertThat(jdbi.withHandle(this::seededOrganizationsWithPersons))
        .containsExactlyInAnyOrder(orgA, orgB);
    assertThat(jdbi.withHandle(RowLevelSecurityTest::session).role())
        .isNotEqualTo(PostgresOrganizationScope.TENANT_ROLE);
  }

  @Test
  void another_organizations_row_can_be_neither_written_nor_changed_inside_a_scope() {
    assertThatThrownBy(
            () ->
                scope.within(
                    orgA,
                    () ->
                        jdbi.withHandle(
                            h ->
                                h.execute(
                                    "insert into persons (org_id, full_name, person_type, timezone)"
                                        + " values (?, 'Intruder', 'client', 'UTC')",
                                    orgB))))
        .isInstanceOf(UnableToExecuteStatementException.class)
        .hasMessageContaining("row-level security policy");
    assertThatThrownBy(
            () ->
                scope.within(
                    orgA,
                    () ->
                        jdbi.withHandle(
                            h ->
                                h.execute(
                                    "update api_keys set org_id = ? where org_id = ?",
                                    orgB,
                                    orgA))))
        .isInstanceOf(UnableToExecuteStatementException.class)
        .hasMessageContaining("row-level security policy");

    int changed =
        scope.within(
            orgA,
            () ->
                jdbi.withHandle(
                    h ->
                        h.execute("update persons set full_name = 'Renamed' where org_id = ?", orgB)
                            + h.execute("delete from audit_log where org_id = ?", orgB)));

    int untouched =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "select count(*) from persons where org_id = :org"
                            + " and full_name <> 'Renamed'")
                    .bind("org", orgB)
                    .mapTo(Integer.class)
                    .one());

    assertThat(changed).isZero();
    assertThat(untouched).isEqualTo(2);
  }

  @Test
  void a_reference_to_a_missing_row_is_named_by_its_field_also_where_postgresql_hides_the_key() {
    JdbiProjectStore projects = new JdbiProjectStore(jdbi);
    UUID client =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "select person_id from persons where org_id = :org and person_type = 'client'")
                    .bind("org", orgA)
                    .mapTo(UUID.class)
                    .one());
    Supplier<Project> unknownAssignee =
        () ->
            projects.save(
                new Project(
                    UUID.randomUUID(),
                    orgA,
                    client,
                    "Party",
                    null,
                    ProjectStatus.NEW,
                    3,
                    null,
                    UUID.randomUUID(),
                    Metadata.EMPTY,
                    null,
                    null,
                    null));

    assertThatThrownBy(unknownAssignee::get)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("assigned_to_account_id"));
    assertThatThrownBy(() -> scope.within(orgA, unknownAssignee))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("assigned_to_account_id"));
  }

  @Test
  void a_pooled_connection_is_rescoped_for_each_borrower_and_survives_a_rollback() {
    try (PostgresDatabase single =
        PostgresDatabase.open(database.url(), PoolSettings.DEFAULT.withMaximumPoolSize(1))) {
      Jdbi one = single.jdbi();
      PostgresOrganizationScope scopes = single.organizationScope();
      Session owner = one.withHandle(RowLevelSecurityTest::session);
      Session tenantA = new Session(PostgresOrganizationScope.TENANT_ROLE, orgA.toString());
      Session tenantB = new Session(PostgresOrganizationScope.TENANT_ROLE, orgB.toString());

      assertThat(scopes.within(orgA, () -> one.withHandle(RowLevelSecurityTest::session)))
          .isEqualTo(tenantA);
      assertThat(scopes.within(orgA, () -> one.withHandle(this::seededOrganizationsWithPersons)))
          .containsExactly(orgA);
      assertThat(one.withHandle(RowLevelSecurityTest::session)).isEqualTo(owner);
      assertThat(one.withHandle(this::seededOrganizationsWithPersons))
          .containsExactlyInAnyOrder(orgA, orgB);
      assertThat(scopes.within(orgB, () -> one.withHandle(this::seededOrganizationsWithPersons)))
          .containsExactly(orgB);

      // the switch to B happened before this transaction began, so its rollback keeps it
      long switches = scopes.sessionSwitches();
      assertThatThrownBy(
              () ->
                  scopes.within(
                      orgB,
                      () ->
                          one.inTransaction(
                              h -> {
                                h.execute(
                                    "insert into persons (org_id, full_name, person_type, timezone)"
                                        + " values (?, 'Rolled back', 'client', 'UTC')",
                                    orgB);
                                throw new IllegalStateException("roll back");
                              })))
          .hasMessage("roll back");
      assertThat(scopes.within(orgB, () -> one.withHandle(RowLevelSecurityTest::session)))
          .isEqualTo(tenantB);
      assertThat(scopes.sessionSwitches()).isEqualTo(switches);

      // a rollback right after a switch, as the first thing the new scope does
      assertThatThrownBy(
              () ->
                  scopes.within(
                      orgA,
                      () ->
                          one.inTransaction(
                              h -> {
                                h.execute(
                                    "update persons set full_name = 'Rolled back' where org_id = ?",
                                    orgA);
                                throw new IllegalStateException("roll back");
                              })))
          .hasMessage("roll back");
      assertThat(scopes.within(orgA, () -> one.withHandle(RowLevelSecurityTest::session)))
          .isEqualTo(tenantA);
      assertThat(one.withHandle(RowLevelSecurityTest::session)).isEqualTo(owner);
      assertThat(one.withHandle(this::seededOrganizationsWithPersons))
          .containsExactlyInAnyOrder(orgA, orgB);
      int persons =
          one.withHandle(
              h ->
                  h.createQuery("select count(*) from persons where org_id in (:a, :b)")
                      .bind("a", orgA)
                      .bind("b", orgB)
                      .mapTo(Integer.class)
                      .one());
      assertThat(persons).isEqualTo(4);
    }
  }

  @Test
  void consecutive_work_for_one_organization_changes_the_session_once() {
    try (PostgresDatabase single =
        PostgresDatabase.open(database.url(), PoolSettings.DEFAULT.withMaximumPoolSize(1))) {
      Jdbi one = single.jdbi();
      PostgresOrganizationScope scopes = single.organizationScope();
      List<Integer> backends = new ArrayList<>();
      long before = scopes.sessionSwitches();

      for (int i = 0; i < 50; i++) {
        backends.add(scopes.within(orgA, () -> one.withHandle(RowLevelSecurityTest::backend)));
      }
      assertThat(backends).containsOnly(backends.get(0));
      assertThat(scopes.sessionSwitches() - before).isEqualTo(1);

      for (int i = 0; i < 2; i++) {
        scopes.within(orgB, () -> one.withHandle(RowLevelSecurityTest::backend));
        scopes.within(orgA, () -> one.withHandle(RowLevelSecurityTest::backend));
      }
      one.withHandle(RowLevelSecurityTest::backend);
      one.withHandle(RowLevelSecurityTest::backend);
      assertThat(scopes.sessionSwitches() - before).isEqualTo(1 + 4 + 1);
    }
  }

  @Test
  void a_transaction_keeps_the_scope_it_began_in() {
    List<UUID> unscopedOuter =
        jdbi.inTransaction(
            outer ->
                scope.within(orgA, () -> jdbi.withHandle(this::seededOrganizationsWithPersons)));
    List<UUID> scopedOuter =
        scope.within(
            orgA,
            () ->
                jdbi.inTransaction(
                    outer ->
                        scope.within(
                            orgB, () -> jdbi.withHandle(this::seededOrganizationsWithPersons))));

    assertThat(unscopedOuter).containsExactlyInAnyOrder(orgA, orgB);
    assertThat(scopedOuter).containsExactly(orgA);
  }

  @Test
  void plain_jdbc_through_the_data_source_is_scoped_too() throws SQLException {
    Scope scoped = scope.enter(orgA);
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery("select current_user, current_setting('concierge.org_id')")) {
      rs.next();
      assertThat(new Session(rs.getString(1), rs.getString(2)))
          .isEqualTo(new Session(PostgresOrganizationScope.TENANT_ROLE, orgA.toString()));
    } finally {
      scoped.close();
    }
  }

  @Test
  void scopes_nest_and_closing_one_restores_the_one_before() {
    Scope a = scope.enter(orgA);
    try {
      Scope b = scope.enter(orgB);
      try {
        assertThat(jdbi.withHandle(this::seededOrganizationsWithPersons)).containsExactly(orgB);
      } finally {
        b.close();
      }
      assertThat(jdbi.withHandle(this::seededOrganizationsWithPersons)).containsExactly(orgA);
    } finally {
      a.close();
    }
    assertThat(jdbi.withHandle(this::seededOrganizationsWithPersons))
        .containsExactlyInAnyOrder(orgA, orgB);
  }

  @Test
  void a_scope_cannot_be_closed_on_another_thread() {
    Scope open = scope.enter(orgA);
    try {
      assertThat(CompletableFuture.runAsync(open::close))
          .failsWithin(java.time.Duration.ofSeconds(10))
          .withThrowableOfType(java.util.concurrent.ExecutionException.class)
          .withCauseInstanceOf(IllegalStateException.class);
      assertThat(jdbi.withHandle(this::seededOrganizationsWithPersons)).containsExactly(orgA);
    } finally {
      open.close();
    }
    assertThat(jdbi.withHandle(this::seededOrganizationsWithPersons))
        .containsExactlyInAnyOrder(orgA, orgB);
  }

  @Test
  void every_table_has_row_security_enabled_not_forced_with_the_tenant_policy() {
    List<String> unprotected =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        """
                        select c.relname from pg_class c
                        where c.relnamespace = current_schema()::regnamespace
                          and c.relkind = 'r' and c.relname <> 'flyway_schema_history'
                          and not (c.relrowsecurity and not c.relforcerowsecurity
                            and exists (
                              select 1 from pg_policies p
                              where p.schemaname = current_schema() and p.tablename = c.relname
                                and p.roles = '{concierge_tenant}' and p.cmd = 'ALL'))
                        """)
                    .mapTo(String.class)
                    .list());
    List<String> ownerRightsViews =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        """
                        select relname from pg_class
                        where relnamespace = current_schema()::regnamespace and relkind = 'v'
                          and not coalesce(reloptions, '{}') @> '{security_invoker=true}'
                        """)
                    .mapTo(String.class)
                    .list());

    assertThat(unprotected).isEmpty();
    assertThat(ownerRightsViews).isEmpty();
  }

  /**
   * An external database, migrated by a user that owns the tables but is no superuser: row security
   * binds the tenant role and not the owner, and a user who may not use the role is told what to
   * ask a DBA for.
   */
  @Test
  void a_non_superuser_owner_needs_the_role_granted_and_then_bypasses_row_security()
      throws SQLException {
    String owner = "rls_owner_" + UUID.randomUUID().toString().substring(0, 8);
    String name = "rls_" + owner;
    asSuperuser("create role " + owner + " login createdb");
    asSuperuser("create database " + name + " owner " + owner);
    DatabaseUrl url = new DatabaseUrl(SharedPostgres.server().url(name).jdbcUrl(), owner, null);

    try (PostgresDatabase external = PostgresDatabase.open(url, PoolSettings.DEFAULT)) {
      assertThatThrownBy(() -> new Migrations(external.dataSource()).migrate())
          .isInstanceOf(FlywayException.class)
          .hasMessageContaining("may not switch to role concierge_tenant")
          .hasMessageContaining("GRANT concierge_tenant TO " + owner);

      asSuperuser("grant concierge_tenant to " + owner);
      new Migrations(external.dataSource()).migrate();

      Jdbi tables = external.jdbi();
      UUID first = TestOrganizations.create(tables, "First");
      UUID second = TestOrganizations.create(tables, "Second");
      assertThat(organizationsIn(tables, "organizations")).contains(first, second);
      assertThat(
              external
                  .organizationScope()
                  .within(second, () -> organizationsIn(tables, "organizations")))
          .containsExactly(second);
    }
  }

  private record Session(String role, String orgId) {}

  private static Session session(Handle h) {
    return h.createQuery(
            "select current_user, coalesce(current_setting('concierge.org_id', true), '')")
        .map((rs, ctx) -> new Session(rs.getString(1), rs.getString(2)))
        .one();
  }

  private static int backend(Handle h) {
    return h.createQuery("select pg_backend_pid()").mapTo(Integer.class).one();
  }

  private List<UUID> seededOrganizationsWithPersons(Handle h) {
    return h.createQuery(
            "select distinct org_id from persons where org_id in (:a, :b) order by org_id")
        .bind("a", orgA)
        .bind("b", orgB)
        .mapTo(UUID.class)
        .list();
  }

  /** Deliberately unfiltered: which organizations' rows the session can see in {@code table}. */
  private static List<UUID> organizationsIn(Jdbi jdbi, String table) {
    return jdbi.withHandle(
        h -> h.createQuery("select distinct org_id from " + table).mapTo(UUID.class).list());
  }

  private List<String> tablesWithOrgId() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    select c.table_name from information_schema.columns c
                    join information_schema.tables t
                      on t.table_schema = c.table_schema and t.table_name = c.table_name
                    where c.table_schema = current_schema() and c.column_name = 'org_id'
                      and t.table_type = 'BASE TABLE'
                    order by 1
                    """)
                .mapTo(String.class)
                .list());
  }

  private void asSuperuser(String sql) throws SQLException {
    DatabaseUrl postgres = SharedPostgres.server().url("postgres");
    try (Connection connection =
            DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** An organization with a row in every one of {@link #SEEDED_TABLES}. */
  private UUID seeded(String name) {
    UUID org = TestOrganizations.create(jdbi, name);
    String unique = UUID.randomUUID().toString();
    jdbi.useHandle(
        h ->
            h.createQuery(
                    """
                    with client as (
                      insert into persons (org_id, full_name, person_type, timezone)
                      values (:org, 'Client', 'client', 'UTC') returning person_id),
                    mother as (
                      insert into persons (org_id, full_name, person_type, timezone)
                      values (:org, 'Mother', 'family_member', 'UTC') returning person_id),
                    relationship as (
                      insert into person_relationships (org_id, person_id, related_person_id, relation)
                      select :org, client.person_id, mother.person_id, 'mother' from client, mother),
                    account as (
                      insert into accounts (org_id, email, display_name, role)
                      values (:org, :unique || '@example.com', 'Staff', 'concierge')),
                    identity as (
                      insert into comm_identities (org_id, person_id, channel_type, identity_value)
                      select :org, person_id, 'email', :unique || '@example.com' from client),
                    conversation as (
                      insert into conversations (org_id, person_id, channel_type)
                      select :org, person_id, 'web' from client returning conversation_id),
                    message as (
                      insert into messages (org_id, conversation_id, direction, sender_type, content)
                      select :org, conversation_id, 'inbound', 'client', 'Hello' from conversation
                      returning message_id),
                    preference as (
                      insert into person_preferences (org_id, person_id, category, statement,
                        source, source_message_id, captured_at, created_by_type)
                      select :org, person_id, 'food', 'Vegetarian', 'agent', message_id, now(), 'agent'
                      from client, message),
                    project as (
                      insert into projects (org_id, person_id, title)
                      select :org, person_id, 'Party' from client returning project_id),
                    task as (
                      insert into tasks (org_id, project_id, title)
                      select :org, project_id, 'Book a venue' from project),
                    category as (
                      insert into date_categories (org_id, category_name)
                      values (:org, 'Gala') returning category_id),
                    item as (
                      insert into date_items (org_id, person_id, category_id, title, date_value)
                      select :org, person_id, category_id, 'Birthday', date '1985-03-15'
                      from client, category returning date_item_id),
                    rule as (
                      insert into reminder_rules
                        (org_id, person_id, date_item_id, reminder_type, lead_time_days)
                      select :org, person_id, date_item_id, 'lead_time', 14 from client, item
                      returning reminder_rule_id),
                    delivery as (
                      insert into reminder_deliveries (org_id, reminder_rule_id, scheduled_datetime,
                        attempt_number, channel_type, provider, status, started_at)
                      select :org, reminder_rule_id, now(), 1, 'email', 'outbox', 'delivered', now()
                      from rule),
                    resource as (
                      insert into resources (org_id, resource_type, name)
                      values (:org, 'vendor', 'Florist') returning resource_id),
                    recommendation as (
                      insert into recommendations (org_id, person_id, resource_id)
                      select :org, person_id, resource_id from client, resource),
                    agent as (
                      insert into agent_roster (org_id, agent_name)
                      values (:org, 'retrieval') returning agent_id),
                    execution as (
                      insert into agent_execution_logs (org_id, agent_id, agent_name,
                        trigger_source, status, caller_type, caller_role, started_at)
                      select :org, agent_id, 'retrieval', 'api', 'succeeded', 'api_key', 'admin',
                        now()
                      from agent returning execution_id),
                    pending as (
                      insert into agent_pending_actions (action_id, org_id, run_id, operation_id,
                        input_jsonb, created_by_type, created_by_role, created_at, expires_at)
                      select gen_random_uuid(), :org, execution_id, 'deletePerson', '{}',
                        'api_key', 'admin', now(), now() + interval '1 day'
                      from execution),
                    api_key as (
                      insert into api_keys (org_id, name, role, key_prefix, key_hash)
                      values (:org, 'key', 'admin', :unique, 'hash')),
                    audit as (
                      insert into audit_log (org_id, actor_type, action, entity_type)
                      values (:org, 'system', 'create', 'person')),
                    run as (
                      insert into proactive_runs (org_id, run_date, claimed_by)
                      values (:org, date '2026-01-01', 'test'))
                    select person_id from client
                    """)
                .bind("org", org)
                .bind("unique", unique)
                .mapTo(UUID.class)
                .one());
    return org;
  }
}
