package dev.concierge.cli;

import static dev.concierge.cli.ConciergeAdminTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.concierge.cli.ConciergeAdminTest.Run;
import dev.concierge.core.UseCases;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.persons.NewPerson;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonChanges;
import dev.concierge.core.persons.PersonType;
import dev.concierge.core.projects.NewProject;
import dev.concierge.core.projects.NewTask;
import dev.concierge.core.projects.Project;
import dev.concierge.library.Concierge;
import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.persistence.PoolSettings;
import dev.concierge.persistence.PostgresDatabase;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** audit-log tail on a database of its own, written to through the real use cases. */
class AuditLogCommandTest {
  private DatabaseUrl url;
  private Map<String, String> env;
  private PostgresDatabase database;
  private UseCases useCases;
  private UUID org;
  private UUID other;
  private Caller portal;

  @BeforeEach
  void database() {
    url = SharedPostgres.freshDatabase();
    env = Map.of("DATABASE_URL", url.jdbcUrl() + "?user=postgres");
    database = PostgresDatabase.open(url, PoolSettings.DEFAULT);
    useCases = Concierge.builder().database(database).migrate(false).build();
    org = TestOrganizations.create(database.jdbi(), "Tail org");
    other = TestOrganizations.create(database.jdbi(), "Other tail org");
    portal = Caller.apiKey(UUID.randomUUID(), org, "portal", ApiRole.CONCIERGE);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void tail_prints_the_newest_entries_oldest_first_one_line_each() {
    Person sarah = person(portal.withRequestId("req-tail-0001"), "Sarah Chen");
    useCases
        .persons()
        .update(
            portal.withRequestId("req-tail-0002"),
            sarah.personId(),
            new PersonChanges(
                FieldChange.to("Sarah Chen-Wu"),
                FieldChange.unchanged(),
                FieldChange.unchanged(),
                FieldChange.unchanged(),
                FieldChange.unchanged(),
                FieldChange.unchanged()));
    Project project = project(portal.withRequestId("req-tail-0003"), sarah);

    Run tail = run(env, "audit-log", "tail", "--org", org.toString(), "--limit", "2");

    assertThat(tail.code()).as(tail.err()).isZero();
    List<String> lines = tail.out().lines().toList();
    assertThat(lines).allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z  .*"));
    assertThat(lines.stream().map(l -> l.substring(l.indexOf("  ") + 2)))
        .containsExactly(
            line("update person " + sarah.personId() + "  fields=full_name  request=req-tail-0002"),
            line(
                "create project "
                    + project.projectId()
                    + "  fields=person_id,title  request=req-tail-0003"));
    assertThat(tail.out()).doesNotContain("Sarah");
  }

  @Test
  void without_org_every_organization_is_tailed_and_entity_type_narrows_it() {
    Person sarah = person(portal, "Sarah Chen");
    project(portal, sarah);
    Person theirs = person(Caller.operator(other, "concierge-admin demo seed"), "Someone Else");

    Run tail = run(env, "audit-log", "tail", "--entity-type", "person");

    assertThat(tail.code()).as(tail.err()).isZero();
    List<String> lines = tail.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .contains("org=" + org + "  api_key " + portal.actorId() + " \"portal\" concierge")
        .contains("create person " + sarah.personId());
    assertThat(lines.get(1))
        .contains("org=" + other + "  cli - \"concierge-admin demo seed\" admin")
        .contains("create person " + theirs.personId())
        .endsWith("request=-");
  }

  @Test
  void follow_prints_what_is_written_after_it_started_once_and_in_order() throws Exception {
    Person sarah = person(portal, "Sarah Chen");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CompletableFuture<Integer> following =
        CompletableFuture.supplyAsync(
            () ->
                ConciergeAdmin.execute(
                    env,
                    new String[] {
                      "audit-log",
                      "tail",
                      "--org",
                      org.toString(),
                      "--follow",
                      "--max-polls",
                      "30",
                      "--poll-millis",
                      "100"
                    },
                    new PrintWriter(out),
                    new PrintWriter(err)));
    waitFor(() -> out.toString().contains("create person"));

    Project project = project(portal, sarah);
    useCases
        .projects()
        .addTask(portal, project.projectId(), new NewTask("Book", null, null, null, null, null));
    waitFor(() -> out.toString().contains("create task"));
    Integer code = following.get(30, TimeUnit.SECONDS);

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString().lines())
        .hasSize(3)
        .satisfiesExactly(
            l -> assertThat(l).contains("create person " + sarah.personId()),
            l -> assertThat(l).contains("create project " + project.projectId()),
            l -> assertThat(l).contains("create task"));
  }

  @Test
  void an_unknown_entity_type_or_a_limit_out_of_range_is_a_usage_error() {
    Run alien = run(env, "audit-log", "tail", "--entity-type", "alien");
    Run none = run(env, "audit-log", "tail", "--limit", "0");
    Run group = run(env, "audit-log");

    assertThat(alien.code()).isEqualTo(2);
    assertThat(alien.err()).startsWith("error: entity-type: must be one of person, date_item");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("limit");
    assertThat(group.code()).isEqualTo(2);
  }

  private String line(String what) {
    return "api_key " + portal.actorId() + " \"portal\" concierge  " + what;
  }

  private Person person(Caller caller, String name) {
    return useCases
        .persons()
        .create(caller, new NewPerson(name, null, PersonType.CLIENT, null, null, null));
  }

  private Project project(Caller caller, Person person) {
    return useCases
        .projects()
        .create(
            caller, new NewProject(person.personId(), "Trip", null, null, null, null, null, null));
  }

  private static void waitFor(Callable<Boolean> condition) {
    await().atMost(Duration.ofSeconds(20)).until(condition);
  }
}
