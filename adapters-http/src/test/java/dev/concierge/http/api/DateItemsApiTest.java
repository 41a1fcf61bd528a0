package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Date items through the API; "now" is fixed at 2025-10-27T14:00Z ({@link ApiServer#NOW}). */
class DateItemsApiTest {
  private static final String UNKNOWN = "0b7c2b8e-0000-4000-8000-000000000000";

  private ApiServer.Tenant tenant;
  private String sarah;
  private String birthday;

  @BeforeEach
  void tenant() {
    tenant = ApiServer.newTenant();
    sarah = person(tenant, "Sarah Chen", "America/New_York");
    birthday =
        tenant
            .asAdmin(
                "POST", "/api/v1/date-categories", json("category_name", "Birthday", "icon", "🎂"))
            .id();
  }

  static String person(ApiServer.Tenant tenant, String name, String zone) {
    return tenant.create(
        "/api/v1/persons", json("full_name", name, "person_type", "client", "timezone", zone));
  }

  private static Map<String, Object> leadTime(int days, String channel) {
    return Map.of("reminder_type", "lead_time", "lead_time_days", days, "channel_type", channel);
  }

  private ApiServer.Response createDate(Object... fields) {
    List<Object> all = new ArrayList<>(List.of("person_id", sarah));
    all.addAll(List.of(fields));
    return tenant.post("/api/v1/date-items", json(all.toArray()));
  }

  private static List<String> times(JsonNode item) {
    List<String> times = new ArrayList<>();
    item.get("reminder_rules").forEach(r -> times.add(r.get("scheduled_datetime").asText()));
    return times;
  }

  @Test
  void lead_time_reminder_of_the_spec_example_is_march_1_at_nine_est() {
    ApiServer.Response created =
        createDate(
            "category_id", birthday,
            "title", "Mom's Birthday",
            "date_value", "1985-03-15",
            "recurrence_rule", "FREQ=YEARLY",
            "notes", "She loves surprise parties",
            "reminder_rules", List.of(leadTime(14, "slack")));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo("/api/v1/date-items/" + created.id());
    JsonNode item = created.json();
    assertThat(item.get("next_occurrence").asText()).isEqualTo("2026-03-15");
    assertThat(item.get("leap_day_policy").asText()).isEqualTo("feb_28");
    JsonNode rule = item.get("reminder_rules").get(0);
    assertThat(rule.get("scheduled_datetime").asText()).isEqualTo("2026-03-01T09:00:00-05:00");
    assertThat(rule.get("lead_time_days").asInt()).isEqualTo(14);
    assertThat(rule.get("sent_at").isNull()).isTrue();
    assertThat(rule.get("metadata_jsonb").get("created_by").asText()).isEqualTo("api");
    assertThat(tenant.get("/api/v1/date-items/" + created.id()).json()).isEqualTo(item);
  }

  @Test
  void drivers_license_renewal_of_the_spec_is_reminded_30_and_7_days_before_at_nine_edt() {
    String slack =
        tenant.create(
            "/api/v1/persons/" + sarah + "/comm-identities",
            json("channel_type", "slack", "identity_value", "U0SARAH", "is_primary", true));

    ApiServer.Response created =
        tenant.post(
            "/api/v1/date-items",
            json(
                "person_id",
                sarah,
                "org_id",
                tenant.orgId().toString(),
                "category_id",
                birthday,
                "title",
                "Driver's License Renewal",
                "date_value",
                "2026-08-20",
                "recurrence_rule",
                null,
                "notes",
                "Bring passport and proof of address",
                "reminder_rules",
                List.of(leadTime(30, "slack"), leadTime(7, "slack"))));

    assertThat(created.status()).isEqualTo(201);
    JsonNode item = created.json();
    assertThat(item.get("recurrence_rule").isNull()).isTrue();
    assertThat(item.get("next_occurrence").asText()).isEqualTo("2026-08-20");
    assertThat(times(item))
        .containsExactly("2026-07-21T09:00:00-04:00", "2026-08-13T09:00:00-04:00");
    item.get("reminder_rules")
        .forEach(
            rule -> {
              assertThat(rule.get("comm_identity_id").asText()).isEqualTo(slack);
              assertThat(rule.get("channel_type").asText()).isEqualTo("slack");
              assertThat(rule.get("status").asText()).isEqualTo("pending");
              assertThat(rule.get("metadata_jsonb").get("delivery_status").asText())
                  .isEqualTo("pending");
            });
    ApiServer.Response reminders = tenant.get("/api/v1/date-items/" + created.id() + "/reminders");
    assertThat(reminders.header("X-Total-Count")).isEqualTo("2");
  }

  @Test
  void a_reminder_on_a_channel_without_identity_waits_and_is_bound_when_one_is_added() {
    String id =
        createDate(
                "title", "Club renewal",
                "date_value", "2026-05-01",
                "reminder_rules", List.of(leadTime(10, "email")))
            .id();
    JsonNode waiting = tenant.get("/api/v1/date-items/" + id).json().get("reminder_rules").get(0);

    String email =
        tenant.create(
            "/api/v1/persons/" + sarah + "/comm-identities",
            json("channel_type", "email", "identity_value", "sarah@example.com"));
    JsonNode bound = tenant.get("/api/v1/date-items/" + id).json().get("reminder_rules").get(0);

    assertThat(waiting.get("comm_identity_id").isNull()).isTrue();
    assertThat(waiting.get("channel_type").asText()).isEqualTo("email");
    assertThat(waiting.get("metadata_jsonb").get("delivery_status").asText())
        .isEqualTo("waiting_for_identity");
    assertThat(bound.get("comm_identity_id").asText()).isEqualTo(email);
    assertThat(bound.get("metadata_jsonb").get("delivery_status").asText()).isEqualTo("pending");
  }

  @Test
  void a_lead_time_already_past_keeps_its_real_time_and_is_due_at_once() {
    JsonNode item =
        createDate(
                "title", "Gala",
                "date_value", "2025-11-01",
                "reminder_rules", List.of(leadTime(14, "slack")))
            .json();

    assertThat(times(item)).containsExactly("2025-10-18T09:00:00-04:00");
    assertThat(
            tenant
                .get("/api/v1/reminders?person_id=" + sarah + "&status_filter=pending")
                .header("X-Total-Count"))
        .isEqualTo("1");
  }

  @Test
  void an_invalid_rrule_is_a_400_naming_recurrence_rule_and_nothing_is_stored() {
    ApiServer.Response bad =
        createDate("title", "T", "date_value", "2026-01-01", "recurrence_rule", "FREQ=SOMETIMES");
    ApiServer.Response hourly =
        createDate("title", "T", "date_value", "2026-01-01", "recurrence_rule", "FREQ=HOURLY");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.errorFields()).containsExactly("recurrence_rule");
    assertThat(bad.json().get("errors").get(0).get("message").asText()).isNotBlank();
    assertThat(hourly.status()).isEqualTo(400);
    assertThat(hourly.errorFields()).containsExactly("recurrence_rule");
    assertThat(tenant.get("/api/v1/persons/" + sarah + "/date-items").header("X-Total-Count"))
        .isEqualTo("0");
  }

  @Test
  void invalid_input_is_named_field_by_field_including_nested_reminder_rules() {
    ApiServer.Response response =
        createDate(
            "title", "",
            "date_value", "15/03/2026",
            "category_id", UNKNOWN,
            "leap_day_policy", "mar_1",
            "reminder_rules",
                List.of(
                    Map.of("reminder_type", "lead_time"),
                    Map.of("reminder_type", "weekly", "colour", "red")));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields())
        .contains(
            "date_value",
            "leap_day_policy",
            "reminder_rules[1].reminder_type",
            "reminder_rules[1].colour");
    ApiServer.Response values =
        createDate(
            "title",
            " ",
            "date_value",
            "2026-03-15",
            "category_id",
            UNKNOWN,
            "related_person_id",
            sarah,
            "reminder_rules",
            List.of(Map.of("reminder_type", "lead_time")));
    assertThat(values.errorFields())
        .containsExactlyInAnyOrder(
            "title", "category_id", "related_person_id", "reminder_rules[0].lead_time_days");
    assertThat(
            tenant
                .post(
                    "/api/v1/date-items",
                    json("person_id", UNKNOWN, "title", "T", "date_value", "2026-01-01"))
                .errorFields())
        .containsExactly("person_id");
  }

  @Test
  void put_is_partial_and_recomputes_next_occurrence_and_pending_reminder_times_at_once() {
    String id =
        createDate(
                "title", "Anniversary",
                "date_value", "2010-06-12",
                "recurrence_rule", "FREQ=YEARLY",
                "reminder_rules", List.of(leadTime(7, "slack")))
            .id();

    ApiServer.Response moved =
        tenant.put("/api/v1/date-items/" + id, json("date_value", "2010-01-20"));

    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.json().get("title").asText()).isEqualTo("Anniversary");
    assertThat(moved.json().get("next_occurrence").asText()).isEqualTo("2026-01-20");
    assertThat(times(moved.json())).containsExactly("2026-01-13T09:00:00-05:00");
    ApiServer.Response monthly =
        tenant.put("/api/v1/date-items/" + id, json("recurrence_rule", "FREQ=MONTHLY"));
    assertThat(monthly.json().get("next_occurrence").asText()).isEqualTo("2025-11-20");
    assertThat(tenant.put("/api/v1/date-items/" + id, json("recurrence_rule", "FREQ=")).status())
        .isEqualTo(400);
    assertThat(tenant.put("/api/v1/date-items/" + id, "{\"title\": null}").errorFields())
        .containsExactly("title");
    assertThat(tenant.put("/api/v1/date-items/" + id, json("person_id", sarah)).errorFields())
        .containsExactly("person_id");
  }

  @Test
  void a_persons_timezone_change_moves_their_reminders() {
    String id =
        createDate(
                "title", "Mom's Birthday",
                "date_value", "1960-03-15",
                "recurrence_rule", "FREQ=YEARLY",
                "reminder_rules", List.of(leadTime(14, "slack")))
            .id();

    assertThat(tenant.put("/api/v1/persons/" + sarah, json("timezone", "Asia/Tokyo")).status())
        .isEqualTo(200);

    assertThat(times(tenant.get("/api/v1/date-items/" + id).json()))
        .containsExactly("2026-03-01T09:00:00+09:00");
  }

  @Test
  void a_february_29_date_follows_its_leap_day_policy() {
    ApiServer.Response feb28 =
        createDate(
            "title", "Leap birthday",
            "date_value", "2000-02-29",
            "recurrence_rule", "FREQ=YEARLY");
    ApiServer.Response strict =
        createDate(
            "title", "Leap birthday (strict)",
            "date_value", "2000-02-29",
            "recurrence_rule", "FREQ=YEARLY",
            "leap_day_policy", "strict");

    assertThat(feb28.json().get("next_occurrence").asText()).isEqualTo("2026-02-28");
    assertThat(strict.json().get("next_occurrence").asText()).isEqualTo("2028-02-29");
    assertThat(strict.json().get("leap_day_policy").asText()).isEqualTo("strict");
  }

  @Test
  void list_filters_by_category_and_upcoming_only_with_paging_bounds() {
    createDate("title", "Past one-off", "date_value", "2025-01-01");
    createDate("title", "Today", "date_value", "2025-10-27", "category_id", birthday);
    createDate("title", "Later", "date_value", "2026-04-01", "category_id", birthday);
    String base = "/api/v1/persons/" + sarah + "/date-items";

    ApiServer.Response all = tenant.get(base);
    ApiServer.Response upcoming = tenant.get(base + "?upcoming_only=true");
    ApiServer.Response page = tenant.get(base + "?category_id=" + birthday + "&limit=1&skip=1");

    assertThat(all.header("X-Total-Count")).isEqualTo("3");
    assertThat(all.json().get(2).get("title").asText()).isEqualTo("Past one-off");
    assertThat(all.json().get(2).get("next_occurrence").isNull()).isTrue();
    assertThat(upcoming.header("X-Total-Count")).isEqualTo("2");
    assertThat(upcoming.json().get(0).get("title").asText()).isEqualTo("Today");
    assertThat(page.header("X-Total-Count")).isEqualTo("2");
    assertThat(page.json().get(0).get("title").asText()).isEqualTo("Later");
    assertThat(tenant.get(base + "?limit=0").errorFields()).containsExactly("limit");
    assertThat(tenant.get(base + "?limit=501").errorFields()).containsExactly("limit");
    assertThat(tenant.get(base + "?skip=-1").errorFields()).containsExactly("skip");
    assertThat(tenant.get(base + "?upcoming_only=yes").errorFields())
        .containsExactly("upcoming_only");
  }

  @Test
  void delete_is_soft_and_takes_the_reminders_with_it() {
    String id =
        createDate(
                "title", "Renewal",
                "date_value", "2026-08-20",
                "reminder_rules", List.of(leadTime(30, "slack")))
            .id();
    String rule =
        tenant
            .get("/api/v1/date-items/" + id)
            .json()
            .get("reminder_rules")
            .get(0)
            .get("reminder_rule_id")
            .asText();

    assertThat(tenant.delete("/api/v1/date-items/" + id).status()).isEqualTo(204);
    assertThat(tenant.get("/api/v1/date-items/" + id).status()).isEqualTo(404);
    assertThat(tenant.delete("/api/v1/date-items/" + id).status()).isEqualTo(404);
    assertThat(tenant.get("/api/v1/reminders/" + rule).status()).isEqualTo(404);
    assertThat(tenant.get("/api/v1/persons/" + sarah + "/date-items").json()).isEmpty();
  }

  @Test
  void unknown_ids_other_organizations_and_analysts_are_refused() {
    String id = createDate("title", "Private", "date_value", "2026-01-01").id();
    ApiServer.Tenant other = ApiServer.newTenant();

    assertThat(tenant.get("/api/v1/date-items/" + UNKNOWN).status()).isEqualTo(404);
    assertThat(tenant.get("/api/v1/persons/" + UNKNOWN + "/date-items").status()).isEqualTo(404);
    assertThat(tenant.get("/api/v1/date-items/" + UNKNOWN + "/reminders").status()).isEqualTo(404);
    assertThat(tenant.get("/api/v1/date-items/nope").errorFields()).containsExactly("date_item_id");
    assertThat(other.get("/api/v1/date-items/" + id).status()).isEqualTo(404);
    assertThat(other.get("/api/v1/persons/" + sarah + "/date-items").status()).isEqualTo(404);
    assertThat(tenant.asAnalyst("PUT", "/api/v1/date-items/" + id, json("title", "X")).status())
        .isEqualTo(403);
    assertThat(tenant.asAnalyst("GET", "/api/v1/date-items/" + id, null).status()).isEqualTo(200);
  }
}
