package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.persistence.testing.SharedPostgres;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reminder rules through the API; "now" is fixed at 2025-10-27T14:00Z ({@link ApiServer#NOW}). */
class RemindersApiTest {
  private static final String UNKNOWN = "0b7c2b8e-0000-4000-8000-000000000000";

  private ApiServer.Tenant tenant;
  private String sarah;

  @BeforeEach
  void tenant() {
    tenant = ApiServer.newTenant();
    sarah = DateItemsApiTest.person(tenant, "Sarah Chen", "America/New_York");
    tenant.create(
        "/api/v1/persons/" + sarah + "/comm-identities",
        json("channel_type", "slack", "identity_value", "U0SARAH"));
  }

  private String standalone(String at) {
    return tenant.create(
        "/api/v1/reminders",
        json(
            "person_id",
            sarah,
            "reminder_type",
            "scheduled",
            "scheduled_datetime",
            at,
            "metadata_jsonb",
            Map.of("action", "Call the florist")));
  }

  /** What the dispatcher would record; it is not part of the API. */
  private static void markSent(String ruleId, boolean sent) {
    SharedPostgres.migrated()
        .jdbi()
        .useHandle(
            handle ->
                handle.execute(
                    "update reminder_rules set "
                        + (sent ? "sent_at" : "failed_at")
                        + " = now(), attempt_count = 3 where reminder_rule_id = ?",
                    UUID.fromString(ruleId)));
  }

  @Test
  void a_standalone_scheduled_reminder_keeps_its_instant_shown_in_the_persons_zone() {
    ApiServer.Response created =
        tenant.post(
            "/api/v1/reminders",
            json(
                "person_id", sarah,
                "reminder_type", "scheduled",
                "scheduled_datetime", "2025-10-28T19:00:00Z",
                "channel_type", "slack"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo("/api/v1/reminders/" + created.id());
    JsonNode rule = created.json();
    assertThat(rule.get("scheduled_datetime").asText()).isEqualTo("2025-10-28T15:00:00-04:00");
    assertThat(rule.get("date_item_id").isNull()).isTrue();
    assertThat(rule.get("comm_identity_id").isNull()).isFalse();
    assertThat(rule.get("status").asText()).isEqualTo("pending");
    assertThat(rule.get("metadata_jsonb").get("created_by").asText()).isEqualTo("api");
    assertThat(rule.get("metadata_jsonb").get("manually_retried").asBoolean()).isFalse();
    assertThat(tenant.get("/api/v1/reminders/" + created.id()).json()).isEqualTo(rule);
  }

  @Test
  void a_lead_time_reminder_added_to_a_date_item_is_scheduled_at_once() {
    String item =
        tenant.create(
            "/api/v1/date-items",
            json(
                "person_id", sarah,
                "title", "Mom's Birthday",
                "date_value", "1960-03-15",
                "recurrence_rule", "FREQ=YEARLY"));

    ApiServer.Response created =
        tenant.post(
            "/api/v1/reminders",
            json("date_item_id", item, "reminder_type", "lead_time", "lead_time_days", 14));
    ApiServer.Response changed =
        tenant.put("/api/v1/reminders/" + created.id(), json("lead_time_days", 2));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("person_id").asText()).isEqualTo(sarah);
    assertThat(created.json().get("scheduled_datetime").asText())
        .isEqualTo("2026-03-01T09:00:00-05:00");
    assertThat(created.json().get("occurrence_date").asText()).isEqualTo("2026-03-15");
    assertThat(changed.json().get("scheduled_datetime").asText())
        .isEqualTo("2026-03-13T09:00:00-04:00");
    assertThat(tenant.get("/api/v1/reminders?date_item_id=" + item).header("X-Total-Count"))
        .isEqualTo("1");
  }

  @Test
  void invalid_reminders_are_named() {
    ApiServer.Response noDate =
        tenant.post(
            "/api/v1/reminders",
            json("person_id", sarah, "reminder_type", "lead_time", "lead_time_days", 3));
    ApiServer.Response noTime =
        tenant.post("/api/v1/reminders", json("person_id", sarah, "reminder_type", "scheduled"));
    ApiServer.Response noPerson =
        tenant.post(
            "/api/v1/reminders",
            json("reminder_type", "scheduled", "scheduled_datetime", "2026-01-01T10:00:00Z"));
    ApiServer.Response badTypes =
        tenant.post(
            "/api/v1/reminders",
            json(
                "person_id", sarah,
                "reminder_type", "scheduled",
                "scheduled_datetime", "tomorrow at 3pm",
                "channel_type", "pigeon"));
    ApiServer.Response unknownItem =
        tenant.post(
            "/api/v1/reminders",
            json("date_item_id", UNKNOWN, "reminder_type", "lead_time", "lead_time_days", 3));

    assertThat(noDate.errorFields()).containsExactly("date_item_id");
    assertThat(noTime.errorFields()).containsExactly("scheduled_datetime");
    assertThat(noPerson.errorFields()).containsExactly("person_id");
    assertThat(badTypes.errorFields())
        .containsExactlyInAnyOrder("scheduled_datetime", "channel_type");
    assertThat(unknownItem.errorFields()).containsExactly("date_item_id");
    assertThat(tenant.get("/api/v1/reminders?status_filter=late").errorFields())
        .containsExactly("status_filter");
    assertThat(tenant.get("/api/v1/reminders/" + UNKNOWN).status()).isEqualTo(404);
  }

  @Test
  void status_filter_tells_pending_sent_and_failed_apart() {
    String pending = standalone("2026-01-01T10:00:00Z");
    String sent = standalone("2025-10-01T10:00:00Z");
    String failed = standalone("2025-10-02T10:00:00Z");
    markSent(sent, true);
    markSent(failed, false);

    assertThat(tenant.get("/api/v1/reminders").header("X-Total-Count")).isEqualTo("3");
    assertThat(tenant.get("/api/v1/reminders?status_filter=all").json()).hasSize(3);
    assertThat(
            tenant
                .get("/api/v1/reminders?status_filter=pending")
                .json()
                .get(0)
                .get("reminder_rule_id")
                .asText())
        .isEqualTo(pending);
    assertThat(
            tenant.get("/api/v1/reminders?status_filter=sent").json().get(0).get("status").asText())
        .isEqualTo("sent");
    assertThat(
            tenant
                .get("/api/v1/reminders?status_filter=failed&person_id=" + sarah)
                .json()
                .get(0)
                .get("reminder_rule_id")
                .asText())
        .isEqualTo(failed);
    assertThat(tenant.get("/api/v1/reminders?limit=1").json()).hasSize(1);
  }

  @Test
  void a_sent_reminder_cannot_be_updated_but_can_be_retried() {
    String id = standalone("2025-10-01T10:00:00Z");
    markSent(id, true);

    ApiServer.Response update =
        tenant.put("/api/v1/reminders/" + id, json("scheduled_datetime", "2026-01-01T10:00:00Z"));
    ApiServer.Response retried = tenant.post("/api/v1/reminders/" + id + "/retry", null);

    assertThat(update.status()).isEqualTo(409);
    assertThat(retried.status()).isEqualTo(200);
    JsonNode rule = retried.json();
    assertThat(rule.get("status").asText()).isEqualTo("pending");
    assertThat(rule.get("sent_at").isNull()).isTrue();
    assertThat(rule.get("attempt_count").asInt()).isZero();
    assertThat(rule.get("scheduled_datetime").asText()).isEqualTo("2025-10-27T10:00:00-04:00");
    assertThat(rule.get("metadata_jsonb").get("manually_retried").asBoolean()).isTrue();
    assertThat(rule.get("metadata_jsonb").get("delivery_status").asText()).isEqualTo("pending");
    assertThat(rule.get("metadata_jsonb").get("action").asText()).isEqualTo("Call the florist");
    assertThat(tenant.post("/api/v1/reminders/" + id + "/retry", null).status()).isEqualTo(409);
    assertThat(
            tenant
                .put("/api/v1/reminders/" + id, json("scheduled_datetime", "2026-01-01T10:00:00Z"))
                .status())
        .isEqualTo(200);
  }

  @Test
  void a_failed_reminder_in_the_future_is_retried_at_its_own_time() {
    String id = standalone("2026-02-01T15:00:00Z");
    markSent(id, false);

    JsonNode rule = tenant.post("/api/v1/reminders/" + id + "/retry", null).json();

    assertThat(rule.get("status").asText()).isEqualTo("pending");
    assertThat(rule.get("failed_at").isNull()).isTrue();
    assertThat(rule.get("scheduled_datetime").asText()).isEqualTo("2026-02-01T10:00:00-05:00");
  }

  @Test
  void history_lists_delivery_attempts_newest_first() {
    String id = standalone("2025-10-01T10:00:00Z");
    SharedPostgres.migrated()
        .jdbi()
        .useHandle(
            handle -> {
              for (int attempt = 1; attempt <= 2; attempt++) {
                handle.execute(
                    """
                    insert into reminder_deliveries (org_id, reminder_rule_id, scheduled_datetime,
                      attempt_number, channel_type, provider, rendered_message, composed_by, status,
                      provider_message_id, error_code, error_message, started_at, finished_at)
                    values (?, ?, '2025-10-01T10:00:00Z', ?, 'slack', 'slack', 'Call the florist!',
                      'template', ?, ?, ?, ?, ?::timestamptz, ?::timestamptz)
                    """,
                    tenant.orgId(),
                    UUID.fromString(id),
                    attempt,
                    attempt == 1 ? "failed_transient" : "delivered",
                    attempt == 1 ? null : "1730000000.000100",
                    attempt == 1 ? "ratelimited" : null,
                    attempt == 1 ? "Slack rate limit" : null,
                    "2025-10-01T10:0" + attempt + ":00Z",
                    "2025-10-01T10:0" + attempt + ":01Z");
              }
            });

    ApiServer.Response history = tenant.get("/api/v1/reminders/" + id + "/history");

    assertThat(history.status()).isEqualTo(200);
    assertThat(history.header("X-Total-Count")).isEqualTo("2");
    assertThat(history.json().get(0).get("attempt_number").asInt()).isEqualTo(2);
    assertThat(history.json().get(0).get("provider_message_id").asText())
        .isEqualTo("1730000000.000100");
    assertThat(history.json().get(1).get("error_message").asText()).isEqualTo("Slack rate limit");
    assertThat(history.json().get(1).get("rendered_message").asText())
        .isEqualTo("Call the florist!");
    assertThat(tenant.get("/api/v1/reminders/" + UNKNOWN + "/history").status()).isEqualTo(404);
  }

  @Test
  void delete_is_soft_204_then_404_and_gone_from_lists() {
    String id = standalone("2026-01-01T10:00:00Z");

    assertThat(tenant.asAnalyst("DELETE", "/api/v1/reminders/" + id, null).status()).isEqualTo(403);
    assertThat(tenant.delete("/api/v1/reminders/" + id).status()).isEqualTo(204);
    assertThat(tenant.get("/api/v1/reminders/" + id).status()).isEqualTo(404);
    assertThat(tenant.delete("/api/v1/reminders/" + id).status()).isEqualTo(404);
    assertThat(tenant.get("/api/v1/reminders").json()).isEmpty();
    assertThat(
            ApiServer.newTenant()
                .get("/api/v1/reminders/" + standalone("2026-01-02T10:00:00Z"))
                .status())
        .isEqualTo(404);
  }
}
