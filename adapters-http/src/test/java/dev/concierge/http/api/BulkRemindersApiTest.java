package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.agents.TestClock;
import dev.concierge.core.reminders.delivery.DispatchReport;
import dev.concierge.persistence.PoolSettings;
import dev.concierge.persistence.PostgresDatabase;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/reminders/bulk on a server and database of this test's own, whose dispatcher it runs
 * by hand with a clock it moves: the shared database holds every other test's reminders, which this
 * dispatcher must not send.
 */
class BulkRemindersApiTest {
  private static final Instant NOW = ApiServer.NOW;

  private static PostgresDatabase database;
  private static TestClock clock;
  private static ServedApi server;

  private String concierge;
  private String analyst;
  private String admin;
  private String sarah;

  @BeforeAll
  static void ownServer() {
    database = PostgresDatabase.open(SharedPostgres.freshDatabase(), PoolSettings.DEFAULT);
    clock = new TestClock(NOW);
    server = ServedApi.onOwnDatabase(database, clock);
  }

  @AfterAll
  static void stop() {
    server.close();
    database.close();
  }

  @BeforeEach
  void tenant() {
    UUID org = TestOrganizations.create(database.jdbi(), "Bulk test org");
    concierge = server.apiKeys().issue(org, ApiRole.CONCIERGE, "desk", "test").secret();
    analyst = server.apiKeys().issue(org, ApiRole.ANALYST, "reader", "test").secret();
    admin = server.apiKeys().issue(org, ApiRole.ADMIN, "admin", "test").secret();
    sarah =
        send(
                "POST",
                "/api/v1/persons",
                json(
                    "full_name",
                    "Sarah Chen",
                    "person_type",
                    "client",
                    "timezone",
                    "America/New_York"))
            .id();
    send(
        "POST",
        "/api/v1/persons/" + sarah + "/comm-identities",
        json("channel_type", "email", "identity_value", "sarah@example.com"));
  }

  private ApiServer.Response send(String method, String path, String body) {
    return ApiServer.sendTo(server.port(), method, path, concierge, body);
  }

  private ApiServer.Response bulk(Object... fieldsAndValues) {
    return send("POST", "/api/v1/reminders/bulk", json(fieldsAndValues));
  }

  private Map<String, Object> create(Instant at) {
    return Map.of(
        "op",
        "create",
        "person_id",
        sarah,
        "reminder_type",
        "scheduled",
        "scheduled_datetime",
        at.toString());
  }

  private static Map<String, Object> op(String op, String reminderId) {
    return Map.of("op", op, "reminder_id", reminderId);
  }

  private static List<String> ids(ApiServer.Response response) {
    List<String> ids = new ArrayList<>();
    response.json().get("results").forEach(r -> ids.add(r.get("reminder_id").asText()));
    return ids;
  }

  private String status(String reminderId) {
    return send("GET", "/api/v1/reminders/" + reminderId, null).json().get("status").asText();
  }

  private int deliveries(String reminderId) {
    return send("GET", "/api/v1/reminders/" + reminderId + "/history", null).json().size();
  }

  private static DispatchReport dispatch() {
    return server.concierge().dispatcher().dispatchUntilIdle();
  }

  @Test
  void a_bulk_pause_stops_delivery_until_resume_and_the_late_cycle_is_sent_once() {
    Instant inAnHour = clock.instant().plus(Duration.ofHours(1));
    ApiServer.Response created =
        bulk("operations", List.of(create(inAnHour), create(inAnHour.plusSeconds(60))));
    List<String> reminders = ids(created);

    ApiServer.Response paused =
        bulk("operations", List.of(op("pause", reminders.get(0)), op("pause", reminders.get(1))));
    clock.advance(Duration.ofHours(3));
    DispatchReport whilePaused = dispatch();

    assertThat(created.status()).isEqualTo(200);
    assertThat(created.json().get("applied").asInt()).isEqualTo(2);
    assertThat(paused.status()).isEqualTo(200);
    assertThat(paused.json().get("results").get(1).get("status").asText()).isEqualTo("paused");
    assertThat(whilePaused.claimed()).isZero();
    assertThat(reminders).allSatisfy(id -> assertThat(status(id)).isEqualTo("paused"));
    assertThat(reminders).allSatisfy(id -> assertThat(deliveries(id)).isZero());
    assertThat(send("GET", "/api/v1/reminders?status_filter=paused", null).header("X-Total-Count"))
        .isEqualTo("2");

    ApiServer.Response resumed =
        bulk("operations", List.of(op("resume", reminders.get(0)), op("resume", reminders.get(1))));
    DispatchReport afterResume = dispatch();
    DispatchReport again = dispatch();

    assertThat(resumed.json().get("results").get(0).get("status").asText()).isEqualTo("resumed");
    assertThat(afterResume.delivered()).isEqualTo(2);
    assertThat(again.claimed()).isZero();
    assertThat(reminders)
        .allSatisfy(
            id -> {
              assertThat(status(id)).isEqualTo("sent");
              assertThat(deliveries(id)).isEqualTo(1);
            });
  }

  @Test
  void pausing_and_resuming_are_audited_once_each() {
    String reminder =
        ids(bulk("operations", List.of(create(clock.instant().plus(Duration.ofDays(1)))))).get(0);

    bulk("operations", List.of(op("pause", reminder), op("pause", reminder)));
    bulk("operations", List.of(op("resume", reminder)));
    JsonNode log =
        ApiServer.sendTo(
                server.port(), "GET", "/api/v1/audit-log?entity_id=" + reminder, admin, null)
            .json();

    List<String> actions = new ArrayList<>();
    log.forEach(entry -> actions.add(entry.get("action").asText()));
    assertThat(actions).containsExactly("resume", "pause", "create");
  }

  @Test
  void an_atomic_bulk_with_refused_operations_applies_none_and_names_each_refused_field() {
    String kept =
        ids(bulk("operations", List.of(create(clock.instant().plus(Duration.ofDays(2)))))).get(0);

    ApiServer.Response refused =
        bulk(
            "operations",
            List.of(
                create(clock.instant().plus(Duration.ofDays(3))),
                op("pause", kept),
                op("pause", UUID.randomUUID().toString()),
                Map.of("op", "reschedule", "reminder_id", kept)));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorFields())
        .containsExactly("operations[2].reminder_id", "operations[3].scheduled_datetime");
    assertThat(send("GET", "/api/v1/reminders", null).header("X-Total-Count")).isEqualTo("1");
    assertThat(status(kept)).isEqualTo("pending");
  }

  @Test
  void a_bulk_that_is_not_atomic_applies_what_it_can_and_says_why_the_rest_was_refused() {
    String reminder =
        ids(bulk("operations", List.of(create(clock.instant().plus(Duration.ofDays(2)))))).get(0);
    Instant later = clock.instant().plus(Duration.ofDays(5));

    ApiServer.Response response =
        bulk(
            "atomic",
            false,
            "operations",
            List.of(
                Map.of(
                    "op",
                    "reschedule",
                    "reminder_id",
                    reminder,
                    "scheduled_datetime",
                    later.toString()),
                op("delete", UUID.randomUUID().toString()),
                create(later)));

    assertThat(response.status()).isEqualTo(200);
    JsonNode body = response.json();
    assertThat(body.get("atomic").asBoolean()).isFalse();
    assertThat(body.get("applied").asInt()).isEqualTo(2);
    assertThat(body.get("failed").asInt()).isEqualTo(1);
    JsonNode refused = body.get("results").get(1);
    assertThat(refused.get("index").asInt()).isEqualTo(1);
    assertThat(refused.get("status").asText()).isEqualTo("failed");
    assertThat(refused.get("problem").get("status").asInt()).isEqualTo(404);
    assertThat(refused.get("problem").get("errors").get(0).get("field").asText())
        .isEqualTo("operations[1].reminder_id");
    assertThat(body.get("results").get(2).get("status").asText()).isEqualTo("created");
    assertThat(
            OffsetDateTime.parse(
                    send("GET", "/api/v1/reminders/" + reminder, null)
                        .json()
                        .get("scheduled_datetime")
                        .asText())
                .toInstant())
        .isEqualTo(later);
  }

  @Test
  void more_than_a_thousand_operations_are_refused_naming_operations() {
    List<Map<String, Object>> operations = new ArrayList<>();
    for (int i = 0; i <= 1_000; i++) {
      operations.add(op("pause", UUID.randomUUID().toString()));
    }

    ApiServer.Response refused = bulk("operations", operations);
    ApiServer.Response none = bulk("operations", List.of());
    ApiServer.Response noOp = bulk("operations", List.of(Map.of("reminder_id", sarah)));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorFields()).containsExactly("operations");
    assertThat(none.errorFields()).containsExactly("operations");
    assertThat(noOp.errorFields()).containsExactly("operations[0].op");
  }

  @Test
  void analysts_may_not_run_bulk_operations() {
    ApiServer.Response refused =
        ApiServer.sendTo(
            server.port(),
            "POST",
            "/api/v1/reminders/bulk",
            analyst,
            json("operations", List.of(create(clock.instant()))));

    assertThat(refused.status()).isEqualTo(403);
  }
}
