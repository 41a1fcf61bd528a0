package dev.concierge.cli;

import static dev.concierge.cli.ConciergeAdminTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.cli.ConciergeAdminTest.Run;
import dev.concierge.cli.audit.ApiAudit;
import dev.concierge.cli.audit.Check;
import dev.concierge.core.access.ApiRole;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** concierge-admin audit against the real service on real PostgreSQL, over real HTTP. */
class AuditCommandTest {
  private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "delete", "patch");

  private static RunningService service;
  private static Jdbi jdbi;

  @BeforeAll
  static void startService() {
    // the audit makes a few hundred calls with one key: a burst that holds them all means it
    // never waits out a 429, which would only make this test slower
    service = TestServices.startOn(SharedPostgres.migrated(), Map.of("RATE_LIMIT_BURST", "1000"));
    jdbi = SharedPostgres.migrated().jdbi();
  }

  @AfterAll
  static void stopService() {
    service.close();
  }

  @Test
  void every_check_passes_against_the_real_service_and_the_audit_cleans_up_after_itself() {
    UUID org = TestOrganizations.create(jdbi, "audit org");
    String key = service.apiKeys().issue(org, ApiRole.ADMIN, "auditor", "test").secret();

    Run audit = run(Map.of(), "audit", "--url", url(), "--api-key", key);

    List<String> lines = audit.out().lines().toList();
    assertThat(audit.code()).as(audit.out()).isZero();
    assertThat(lines.get(0)).matches("METHOD +PATH +STATUS +OK");
    assertThat(lines.get(lines.size() - 1)).matches("\\d+ passed, 0 failed");
    assertThat(audit.out())
        .contains("/api/v1/persons/{person_id}/comm-identities/{comm_identity_id}")
        .contains("/api/v1/persons/{unknown}")
        .contains("/api/v1/reminders?person_id={person_id}&status_filter=pending")
        .doesNotContain("FAIL")
        .containsPattern("DELETE +/api/v1/persons/\\{person_id} +204 +ok");
    // everything the audit made is gone from the API again
    assertThat(count("select count(*) from persons where org_id = ? and deleted_at is null", org))
        .isZero();
    assertThat(count("select count(*) from resources where org_id = ? and deleted_at is null", org))
        .isZero();
    assertThat(count("select count(*) from date_categories where org_id = ?", org)).isZero();
    assertThat(count("select count(*) from recommendations where org_id = ?", org)).isZero();
    assertThat(count("select count(*) from tasks where org_id = ? and deleted_at is null", org))
        .isZero();
    assertThat(count("select count(*) from projects where org_id = ? and deleted_at is null", org))
        .isZero();
    assertThat(
            count(
                "select count(*) from conversations where org_id = ? and deleted_at is null", org))
        .isZero();
    assertThat(count("select count(*) from messages where org_id = ? and deleted_at is null", org))
        .isZero();
    assertThat(audit.out()).contains("Everything the audit created is deleted again");
  }

  @Test
  void the_audit_exercises_every_route_of_the_openapi_document() throws IOException {
    UUID org = TestOrganizations.create(jdbi, "audit coverage org");
    String key = service.apiKeys().issue(org, ApiRole.ADMIN, "auditor", "test").secret();
    ApiAudit audit = new ApiAudit(URI.create(url()), key);

    List<Check> checks = audit.run();

    assertThat(checks).allSatisfy(check -> assertThat(check.ok()).as(check.toString()).isTrue());
    assertThat(audit.exercisedOperations()).isEqualTo(documentedOperations());
  }

  @Test
  void a_failing_check_is_reported_and_makes_the_exit_code_1() {
    UUID org = TestOrganizations.create(jdbi, "audit analyst org");
    // an analyst may only read: every write the audit tries is refused
    String key = service.apiKeys().issue(org, ApiRole.ANALYST, "auditor", "test").secret();

    Run audit = run(Map.of(), "audit", "--url", url(), "--api-key", key);

    assertThat(audit.code()).isEqualTo(1);
    assertThat(audit.out())
        .containsPattern("POST +/api/v1/persons +403 +FAIL +expected 201")
        .containsPattern("GET +/api/v1/persons/\\{person_id} +- +FAIL +not run: no person_id")
        .containsPattern("\\d+ passed, [1-9]\\d* failed\\s*$");
  }

  @Test
  void an_unreachable_server_is_one_clear_line_and_exit_code_1() {
    Run audit = run(Map.of(), "audit", "--url", "http://127.0.0.1:1", "--api-key", "ck_x");

    assertThat(audit.code()).isEqualTo(1);
    assertThat(audit.out()).isEmpty();
    assertThat(audit.err().lines()).hasSize(1);
    assertThat(audit.err()).startsWith("error: cannot reach the API at http://127.0.0.1:1");
  }

  @Test
  void a_missing_key_or_a_url_that_is_not_http_is_a_usage_error() {
    assertThat(run(Map.of(), "audit", "--url", url()).code()).isEqualTo(2);
    Run ftp = run(Map.of(), "audit", "--url", "ftp://localhost", "--api-key", "ck_x");
    assertThat(ftp.code()).isEqualTo(2);
    assertThat(ftp.err()).startsWith("error: url: must be an http:// or https:// URL");
  }

  /** "METHOD /path" of every operation the served OpenAPI document describes. */
  private static Set<String> documentedOperations() throws IOException {
    JsonNode document;
    try (InputStream in = AuditCommandTest.class.getResourceAsStream("/openapi.json")) {
      document = new ObjectMapper().readTree(in);
    }
    Set<String> operations = new TreeSet<>();
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        String method = operation.getKey();
        if (HTTP_METHODS.contains(method)) {
          operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
        }
      }
    }
    assertThat(operations).hasSizeGreaterThan(60);
    return operations;
  }

  private static long count(String sql, UUID org) {
    return jdbi.withHandle(handle -> handle.createQuery(sql).bind(0, org).mapTo(Long.class).one());
  }

  private static String url() {
    return "http://127.0.0.1:" + service.port();
  }
}
