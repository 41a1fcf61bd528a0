package dev.concierge.cli;

import static dev.concierge.cli.ConciergeAdminTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.cli.ConciergeAdminTest.Run;
import dev.concierge.persistence.testing.SharedPostgres;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** orgs create / list: onboarding another organization without SQL. */
class OrgsCommandTest {
  private static final String DEFAULT_ORG = "00000000-0000-0000-0000-000000000001";
  private static final String UUID_SHAPE =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  private final Map<String, String> env =
      Map.of("DATABASE_URL", SharedPostgres.freshDatabase().jdbcUrl() + "?user=postgres");

  @Test
  void create_prints_the_new_id_alone_on_the_last_line_for_api_keys_create_to_take() {
    Run created =
        run(env, "orgs", "create", "--name", "Maison Dupont", "--timezone", "Europe/Paris");
    List<String> lines = created.out().lines().toList();
    String id = lines.get(lines.size() - 1);

    Run key = run(env, "api-keys", "create", "--org", id, "--role", "admin", "--name", "first");
    Run listed = run(env, "orgs", "list");

    assertThat(created.code()).as(created.err()).isZero();
    assertThat(id).matches(UUID_SHAPE);
    assertThat(key.code()).as(key.err()).isZero();
    assertThat(key.out()).contains("for organization " + id);
    assertThat(listed.code()).as(listed.err()).isZero();
    assertThat(listed.out().lines())
        .hasSize(3)
        .anySatisfy(line -> assertThat(line).startsWith(DEFAULT_ORG).contains("America/New_York"))
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith(id)
                    .contains("Europe/Paris")
                    .endsWith(" 0  Maison Dupont"));
  }

  @Test
  void a_new_organization_starts_its_audit_log_with_the_operators_create() {
    Run created = run(env, "orgs", "create", "--name", "  Hotel Bristol  ");
    String id = created.out().lines().reduce((first, second) -> second).orElseThrow();

    Run tail = run(env, "audit-log", "tail", "--org", id);

    assertThat(created.out()).contains("\"Hotel Bristol\" (time zone UTC)");
    assertThat(tail.out().lines())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .contains("concierge-admin orgs")
                    .contains("create organization " + id)
                    .contains("fields=name"));
  }

  @Test
  void an_unknown_time_zone_or_a_blank_name_is_one_error_line_and_creates_nothing() {
    Run badZone = run(env, "orgs", "create", "--name", "Mars", "--timezone", "Mars/Olympus");
    Run offset = run(env, "orgs", "create", "--name", "Offset", "--timezone", "+02:00");
    Run blank = run(env, "orgs", "create", "--name", "  ");
    Run listed = run(env, "orgs", "list");

    assertThat(badZone.code()).isEqualTo(2);
    assertThat(badZone.err().lines())
        .singleElement()
        .asString()
        .startsWith("error: --timezone: \"Mars/Olympus\" is not an IANA time zone");
    assertThat(offset.code()).isEqualTo(2);
    assertThat(blank.code()).isEqualTo(2);
    assertThat(blank.err().lines()).singleElement().asString().startsWith("error: name: ");
    assertThat(listed.out().lines()).hasSize(2);
  }
}
