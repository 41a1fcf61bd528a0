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

/** Dashboard, upcoming dates and activity; "now" is 2025-10-27T14:00Z ({@link ApiServer#NOW}). */
class DashboardApiTest {
  private ApiServer.Tenant tenant;
  private String sarah;
  private String birthday;

  @BeforeEach
  void tenant() {
    tenant = ApiServer.newTenant();
    sarah = DateItemsApiTest.person(tenant, "Sarah Chen", "America/New_York");
    birthday =
        tenant
            .asAdmin(
                "POST", "/api/v1/date-categories", json("category_name", "Birthday", "icon", "🎂"))
            .id();
  }

  private String date(String title, String value, String rule, int... leadDays) {
    List<Map<String, Object>> rules = new ArrayList<>();
    for (int days : leadDays) {
      rules.add(Map.of("reminder_type", "lead_time", "lead_time_days", days));
    }
    List<Object> fields =
        new ArrayList<>(
            List.of(
                "person_id",
                sarah,
                "category_id",
                birthday,
                "title",
                title,
                "date_value",
                value,
                "reminder_rules",
                rules));
    if (rule != null) {
      fields.addAll(List.of("recurrence_rule", rule));
    }
    return tenant.create("/api/v1/date-items", json(fields.toArray()));
  }

  @Test
  void dashboard_has_the_spec_structure_with_every_widget_and_the_counts() {
    String conversation =
        tenant.create(
            "/api/v1/conversations",
            json("person_id", sarah, "channel_type", "slack", "subject", "Anniversary"));
    for (String text :
        List.of("Hi!", "Can you help me plan our anniversary dinner? Somewhere quiet.")) {
      tenant.post(
          "/api/v1/conversations/" + conversation + "/messages",
          json("direction", "inbound", "sender_type", "client", "content", text));
    }
    String mom = date("Mom's Birthday", "1960-03-15", "FREQ=YEARLY", 14, 3);
    date("Passed", "2025-01-01", null);
    String project =
        tenant.create(
            "/api/v1/projects",
            json(
                "person_id", sarah,
                "title", "Plan Anniversary Dinner",
                "status", "in_progress",
                "priority", 2,
                "due_date", "2026-06-01"));
    List<String> tasks = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      tasks.add(
          tenant.create("/api/v1/projects/" + project + "/tasks", json("title", "Task " + i)));
    }
    for (int i = 0; i < 4; i++) {
      tenant.put(
          "/api/v1/projects/" + project + "/tasks/" + tasks.get(i), json("status", "completed"));
    }
    tenant.create(
        "/api/v1/projects", json("person_id", sarah, "title", "Done", "status", "completed"));
    UUID theModern =
        SharedPostgres.migrated()
            .jdbi()
            .withHandle(
                handle -> {
                  UUID venue =
                      handle
                          .createQuery(
                              "insert into resources (org_id, resource_type, name) values (?, 'venue',"
                                  + " 'The Modern') returning resource_id")
                          .bind(0, tenant.orgId())
                          .mapTo(UUID.class)
                          .one();
                  handle.execute(
                      "insert into recommendations (org_id, person_id, resource_id, title, notes)"
                          + " values (?, ?, ?, 'Anniversary dinner',"
                          + " 'Michelin-starred, perfect for anniversary')",
                      tenant.orgId(),
                      UUID.fromString(sarah),
                      venue);
                  return venue;
                });

    ApiServer.Response response = tenant.get("/api/v1/persons/" + sarah + "/dashboard");

    assertThat(response.status()).isEqualTo(200);
    JsonNode dashboard = response.json();
    assertThat(dashboard.get("person").get("full_name").asText()).isEqualTo("Sarah Chen");
    JsonNode conv = dashboard.get("recent_conversations").get(0);
    assertThat(conv.get("conversation_id").asText()).isEqualTo(conversation);
    assertThat(conv.get("channel_type").asText()).isEqualTo("slack");
    assertThat(conv.get("message_count").asInt()).isEqualTo(2);
    assertThat(conv.get("last_message_preview").asText()).startsWith("Can you help me plan");
    JsonNode upcoming = dashboard.get("upcoming_dates");
    assertThat(upcoming).hasSize(1);
    assertThat(upcoming.get(0).get("date_item_id").asText()).isEqualTo(mom);
    assertThat(upcoming.get(0).get("next_occurrence").asText()).isEqualTo("2026-03-15");
    assertThat(upcoming.get(0).get("days_until").asInt()).isEqualTo(139);
    assertThat(upcoming.get(0).get("category_name").asText()).isEqualTo("Birthday");
    assertThat(upcoming.get(0).get("category_icon").asText()).isEqualTo("🎂");
    assertThat(upcoming.get(0).get("reminder_count").asInt()).isEqualTo(2);
    JsonNode active = dashboard.get("active_projects");
    assertThat(active).hasSize(1);
    assertThat(active.get(0).get("total_tasks").asInt()).isEqualTo(7);
    assertThat(active.get(0).get("completed_tasks").asInt()).isEqualTo(4);
    assertThat(active.get(0).get("completion_percentage").asInt()).isEqualTo(57);
    JsonNode recommendation = dashboard.get("recent_recommendations").get(0);
    assertThat(recommendation.get("venue_name").asText()).isEqualTo("The Modern");
    assertThat(recommendation.get("category").asText()).isEqualTo("venue");
    assertThat(recommendation.get("resource_id").asText()).isEqualTo(theModern.toString());
    assertThat(recommendation.get("title").asText()).isEqualTo("Anniversary dinner");
    JsonNode stats = dashboard.get("stats");
    assertThat(stats.get("total_conversations").asInt()).isEqualTo(1);
    assertThat(stats.get("total_upcoming_dates").asInt()).isEqualTo(1);
    assertThat(stats.get("total_active_projects").asInt()).isEqualTo(1);
    assertThat(stats.get("total_recommendations").asInt()).isEqualTo(1);
  }

  @Test
  void dashboard_dates_start_at_the_persons_today_not_utcs() {
    // 14:00Z is 04:00 on 28 October in Kiritimati (UTC+14)
    String kiri = DateItemsApiTest.person(tenant, "Kiri", "Pacific/Kiritimati");
    List<String> ahead = new ArrayList<>();
    for (int day = 28; day <= 33; day++) {
      String value = day <= 31 ? "2025-10-" + day : "2025-11-0" + (day - 31);
      ahead.add(
          tenant.create(
              "/api/v1/date-items",
              json("person_id", kiri, "title", "Day " + day, "date_value", value)));
    }
    // next occurrences computed on the 27th and not moved on yet: today in UTC, yesterday for Kiri
    for (String title : List.of("Stale 1", "Stale 2")) {
      String stale =
          tenant.create(
              "/api/v1/date-items",
              json("person_id", kiri, "title", title, "date_value", "2025-12-27"));
      SharedPostgres.migrated()
          .jdbi()
          .useHandle(
              handle ->
                  handle.execute(
                      "update date_items set next_occurrence = date '2025-10-27'"
                          + " where date_item_id = ?",
                      UUID.fromString(stale)));
    }

    JsonNode dashboard = tenant.get("/api/v1/persons/" + kiri + "/dashboard").json();

    List<String> ids = new ArrayList<>();
    List<Integer> daysUntil = new ArrayList<>();
    dashboard
        .get("upcoming_dates")
        .forEach(
            d -> {
              ids.add(d.get("date_item_id").asText());
              daysUntil.add(d.get("days_until").asInt());
            });
    assertThat(ids).containsExactlyElementsOf(ahead.subList(0, 5));
    assertThat(daysUntil).containsExactly(0, 1, 2, 3, 4);
    assertThat(dashboard.get("stats").get("total_upcoming_dates").asInt()).isEqualTo(6);
  }

  @Test
  void an_empty_dashboard_has_empty_widgets_and_zero_counts() {
    JsonNode dashboard = tenant.get("/api/v1/persons/" + sarah + "/dashboard").json();

    assertThat(dashboard.get("recent_conversations")).isEmpty();
    assertThat(dashboard.get("upcoming_dates")).isEmpty();
    assertThat(dashboard.get("stats").get("total_recommendations").asInt()).isZero();
    assertThat(
            tenant.get("/api/v1/persons/0b7c2b8e-0000-4000-8000-000000000000/dashboard").status())
        .isEqualTo(404);
    assertThat(ApiServer.newTenant().get("/api/v1/persons/" + sarah + "/dashboard").status())
        .isEqualTo(404);
    assertThat(tenant.delete("/api/v1/persons/" + sarah).status()).isEqualTo(204);
    assertThat(tenant.get("/api/v1/persons/" + sarah + "/dashboard").status()).isEqualTo(404);
  }

  @Test
  void upcoming_lists_each_occurrence_within_days_ahead_inclusive_in_the_persons_zone() {
    date("In 30 days", "2025-11-26", null);
    date("In 31 days", "2025-11-27", null);
    date("Weekly call", "2025-10-20", "FREQ=WEEKLY");
    String base = "/api/v1/persons/" + sarah + "/upcoming";

    ApiServer.Response defaults = tenant.get(base);
    ApiServer.Response today = tenant.get(base + "?days_ahead=0");

    List<String> titles = new ArrayList<>();
    defaults
        .json()
        .forEach(
            e -> titles.add(e.get("title").asText() + " " + e.get("occurrence_date").asText()));
    assertThat(titles)
        .containsExactly(
            "Weekly call 2025-10-27",
            "Weekly call 2025-11-03",
            "Weekly call 2025-11-10",
            "Weekly call 2025-11-17",
            "Weekly call 2025-11-24",
            "In 30 days 2025-11-26");
    assertThat(defaults.header("X-Total-Count")).isEqualTo("6");
    assertThat(defaults.json().get(5).get("days_until").asInt()).isEqualTo(30);
    assertThat(today.json()).hasSize(1);
    assertThat(today.json().get(0).get("days_until").asInt()).isZero();
    assertThat(tenant.get(base + "?days_ahead=367").errorFields()).containsExactly("days_ahead");
    assertThat(tenant.get(base + "?days_ahead=-1").errorFields()).containsExactly("days_ahead");
    assertThat(tenant.get(base + "?days_ahead=soon").errorFields()).containsExactly("days_ahead");
    assertThat(tenant.get(base + "?limit=2&skip=4").json()).hasSize(2);
  }

  @Test
  void activity_is_one_timeline_newest_first_with_paging() {
    String project =
        tenant.create("/api/v1/projects", json("person_id", sarah, "title", "Plan dinner"));
    String task = tenant.create("/api/v1/projects/" + project + "/tasks", json("title", "Book"));
    tenant.put("/api/v1/projects/" + project + "/tasks/" + task, json("status", "completed"));
    String item = date("Mom's Birthday", "1960-03-15", "FREQ=YEARLY");
    String conversation =
        tenant.create("/api/v1/conversations", json("person_id", sarah, "channel_type", "email"));
    String message =
        tenant
            .post(
                "/api/v1/conversations/" + conversation + "/messages",
                json("direction", "outbound", "sender_type", "staff", "content", "All booked."))
            .id();

    ApiServer.Response activity = tenant.get("/api/v1/persons/" + sarah + "/activity");

    assertThat(activity.status()).isEqualTo(200);
    assertThat(activity.header("X-Total-Count")).isEqualTo("5");
    List<String> types = new ArrayList<>();
    activity.json().forEach(e -> types.add(e.get("type").asText()));
    assertThat(types)
        .containsExactlyInAnyOrder(
            "project_created", "task_created", "task_completed", "date_item_created", "message");
    JsonNode newest = activity.json().get(0);
    assertThat(newest.get("type").asText()).isEqualTo("message");
    assertThat(newest.get("entity_id").asText()).isEqualTo(message);
    assertThat(newest.get("summary").asText()).contains("All booked.");
    assertThat(activity.json().get(1).get("entity_id").asText()).isEqualTo(item);
    assertThat(tenant.get("/api/v1/persons/" + sarah + "/activity?limit=2&skip=4").json())
        .hasSize(1);
    assertThat(tenant.get("/api/v1/persons/" + sarah + "/activity?limit=0").status())
        .isEqualTo(400);
  }
}
