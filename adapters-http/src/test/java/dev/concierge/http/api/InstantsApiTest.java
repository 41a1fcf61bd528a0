package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.persistence.testing.SharedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every instant of every response is written one way: with the offset of the person's zone in what
 * belongs to a person, UTC elsewhere. The person lives in Kathmandu (+05:45 all year), which no
 * other zone of the test (the JVM's, the database's, UTC) shares.
 */
class InstantsApiTest {
  private static final String KATHMANDU = "+05:45";

  private ApiServer.Tenant tenant;
  private String person;

  @BeforeEach
  void tenant() {
    tenant = ApiServer.newTenant();
    person =
        tenant.create(
            "/api/v1/persons",
            json("full_name", "Asha Rai", "person_type", "client", "timezone", "Asia/Kathmandu"));
  }

  @Test
  void what_belongs_to_a_person_shows_every_instant_in_the_persons_zone() {
    String base = "/api/v1/persons/" + person;
    tenant.create(
        base + "/comm-identities",
        json("channel_type", "email", "identity_value", "asha@example.com"));
    String item =
        tenant.create(
            "/api/v1/date-items",
            json(
                "person_id", person,
                "title", "Birthday",
                "date_value", "1990-03-15",
                "recurrence_rule", "FREQ=YEARLY",
                "reminder_rules",
                    List.of(Map.of("reminder_type", "lead_time", "lead_time_days", 7))));
    String reminder = reminderWithAnAttempt();
    String conversation =
        tenant.create("/api/v1/conversations", json("person_id", person, "channel_type", "sms"));
    ApiServer.Response message =
        tenant.post(
            "/api/v1/conversations/" + conversation + "/messages",
            json("direction", "inbound", "content", "Namaste"));
    String project =
        tenant.create(
            "/api/v1/projects", json("person_id", person, "title", "Trip", "status", "completed"));
    ApiServer.Response task =
        tenant.post("/api/v1/projects/" + project + "/tasks", json("title", "Book flights"));
    ApiServer.Response recommendation =
        tenant.post(base + "/recommendations", json("title", "Dwarika's", "notes", "Quiet"));

    List<ApiServer.Response> responses =
        List.of(
            tenant.get(base),
            tenant.get("/api/v1/persons"),
            tenant.get(base + "/comm-identities"),
            tenant.get("/api/v1/date-items/" + item),
            tenant.get(base + "/date-items"),
            tenant.get("/api/v1/date-items/" + item + "/reminders"),
            tenant.get("/api/v1/reminders/" + reminder),
            tenant.get("/api/v1/reminders/" + reminder + "/history"),
            tenant.get("/api/v1/reminders"),
            tenant.get("/api/v1/conversations/" + conversation),
            tenant.get("/api/v1/conversations"),
            message,
            tenant.get("/api/v1/conversations/" + conversation + "/messages"),
            tenant.get("/api/v1/projects/" + project),
            tenant.get("/api/v1/projects"),
            task,
            tenant.get("/api/v1/projects/" + project + "/tasks"),
            recommendation,
            tenant.get(base + "/recommendations"),
            tenant.get(base + "/dashboard"),
            tenant.get(base + "/activity"));

    List<String> instants = new ArrayList<>();
    for (ApiServer.Response response : responses) {
      assertThat(response.status()).as(response.toString()).isBetween(200, 201);
      collectInstants(response.json(), response.path(), instants);
    }
    // each kind is there: created and updated times, a sent time, attempt times, the last message
    assertThat(instants)
        .anyMatch(i -> i.contains(".scheduled_datetime="))
        .anyMatch(i -> i.contains("/history") && i.contains(".started_at="))
        .anyMatch(i -> i.contains(".last_message_at="))
        .anyMatch(i -> i.contains(".completed_at="))
        .anyMatch(i -> i.contains("/activity") && i.contains(".occurred_at="))
        .hasSizeGreaterThan(40)
        .allMatch(i -> i.endsWith(KATHMANDU));
  }

  @Test
  void a_reminder_and_its_delivery_attempts_show_the_same_instant_the_same_way() {
    String reminder = reminderWithAnAttempt();

    JsonNode rule = tenant.get("/api/v1/reminders/" + reminder).json();
    JsonNode attempt = tenant.get("/api/v1/reminders/" + reminder + "/history").json().get(0);

    assertThat(rule.get("scheduled_datetime").asText()).isEqualTo("2025-10-01T15:45:00+05:45");
    assertThat(attempt.get("scheduled_datetime").asText())
        .isEqualTo(rule.get("scheduled_datetime").asText());
    assertThat(attempt.get("started_at").asText()).isEqualTo("2025-10-01T15:46:00+05:45");
  }

  @Test
  void what_belongs_to_no_person_shows_its_instants_in_utc() {
    List<ApiServer.Response> responses =
        List.of(
            tenant.get("/api/v1/organization"),
            tenant.asAdmin("GET", "/api/v1/date-categories", null),
            tenant.asAdmin("POST", "/api/v1/vendors", json("name", "Bloom", "is_vetted", true)),
            tenant.asAdmin("GET", "/api/v1/api-keys", null),
            tenant.asAdmin("GET", "/api/v1/audit-log", null));

    List<String> instants = new ArrayList<>();
    responses.forEach(r -> collectInstants(r.json(), r.path(), instants));

    assertThat(instants).hasSizeGreaterThan(10).allMatch(i -> i.endsWith("Z"));
  }

  /** A reminder due at 10:00 UTC, and the attempt the dispatcher would record a minute after it. */
  private String reminderWithAnAttempt() {
    String reminder =
        tenant.create(
            "/api/v1/reminders",
            json(
                "person_id", person,
                "reminder_type", "scheduled",
                "scheduled_datetime", "2025-10-01T10:00:00Z"));
    SharedPostgres.migrated()
        .jdbi()
        .useHandle(
            handle ->
                handle.execute(
                    """
                    insert into reminder_deliveries (org_id, reminder_rule_id, scheduled_datetime,
                      attempt_number, channel_type, provider, rendered_message, composed_by, status,
                      started_at, finished_at)
                    values (?, ?, '2025-10-01T10:00:00Z', 1, 'email', 'outbox', 'Hi', 'template',
                      'delivered', '2025-10-01T10:01:00Z', '2025-10-01T10:01:01Z')
                    """,
                    tenant.orgId(),
                    UUID.fromString(reminder)));
    return reminder;
  }

  /** Every non-null {@code *_at} and {@code *_datetime} value, as "where.field=value". */
  private static void collectInstants(JsonNode node, String where, List<String> instants) {
    if (node.isArray()) {
      node.forEach(item -> collectInstants(item, where, instants));
    } else if (node.isObject()) {
      node.properties()
          .forEach(
              field -> {
                if ((field.getKey().endsWith("_at") || field.getKey().endsWith("_datetime"))
                    && field.getValue().isTextual()) {
                  instants.add(where + "." + field.getKey() + "=" + field.getValue().asText());
                } else {
                  collectInstants(field.getValue(), where, instants);
                }
              });
    }
  }
}
