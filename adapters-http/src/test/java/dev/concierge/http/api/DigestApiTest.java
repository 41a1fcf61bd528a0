package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The signed-in account's digest through the whole service: settings validated field by field, and
 * a preview whose clients are every client for an admin and the clients of the open projects
 * assigned to anyone else, never another organization's. "Now" is Monday 27 October 2025, 14:00
 * UTC.
 */
class DigestApiTest {
  private static final String DIGEST = "/api/v1/accounts/me/digest";
  private static final String PREVIEW = DIGEST + "/preview";
  private static final String PASSWORD = "correct horse battery staple";

  private ApiServer.Tenant tenant;

  @BeforeEach
  void tenant() {
    tenant = ApiServer.newTenant();
  }

  @Test
  void a_digest_is_off_until_set_and_a_put_defaults_what_it_leaves_out_and_writes_h_mm_as_hh_mm() {
    String token = signIn("anna", "concierge");

    JsonNode before = ok(ApiServer.send("GET", DIGEST, token, null));
    ApiServer.Response put =
        ApiServer.send(
            "PUT",
            DIGEST,
            token,
            json(
                "enabled",
                true,
                "frequency",
                "weekly",
                "weekday",
                "monday",
                "time",
                "7:30",
                "timezone",
                "Europe/London"));
    JsonNode after = ok(ApiServer.send("GET", DIGEST, token, null));

    assertThat(before.get("enabled").asBoolean()).isFalse();
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    assertThat(after.get("enabled").asBoolean()).isTrue();
    assertThat(after.get("frequency").asText()).isEqualTo("weekly");
    assertThat(after.get("weekday").asText()).isEqualTo("monday");
    assertThat(after.get("time").asText()).isEqualTo("07:30");
    assertThat(after.get("timezone").asText()).isEqualTo("Europe/London");
    assertThat(after.get("channel").asText()).isEqualTo("email");
    assertThat(after.get("email_address").isNull()).isTrue();
    assertThat(after.get("days_ahead").asInt()).isEqualTo(7);
    JsonNode audit = tenant.asAdmin("GET", "/api/v1/audit-log?entity_type=account", null).json();
    assertThat(audit.toString()).contains("\"digest\"");
  }

  @Test
  void a_bad_zone_time_weekday_channel_or_window_is_a_400_naming_each_field() {
    String token = signIn("bea", "concierge");

    ApiServer.Response fields =
        ApiServer.send(
            "PUT",
            DIGEST,
            token,
            json(
                "enabled",
                true,
                "frequency",
                "weekly",
                "weekday",
                "someday",
                "time",
                "25:00",
                "timezone",
                "Mars/Olympus",
                "days_ahead",
                90));
    ApiServer.Response slack =
        ApiServer.send("PUT", DIGEST, token, json("enabled", true, "channel", "slack"));
    ApiServer.Response weekly =
        ApiServer.send("PUT", DIGEST, token, json("enabled", true, "frequency", "weekly"));
    ApiServer.Response channel =
        ApiServer.send(
            "PUT", DIGEST, token, json("enabled", true, "channel", "sms", "time", "8.00"));
    ApiServer.Response missing = ApiServer.send("PUT", DIGEST, token, json("time", "08:00"));

    for (ApiServer.Response response : List.of(fields, slack, weekly, channel, missing)) {
      assertThat(response.status()).as(response.toString()).isEqualTo(400);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }
    assertThat(fields.errorFields())
        .containsExactlyInAnyOrder("timezone", "weekday", "time", "days_ahead");
    assertThat(slack.errorFields()).containsExactly("slack_user_id");
    assertThat(weekly.errorFields()).containsExactly("weekday");
    assertThat(channel.errorFields()).containsExactlyInAnyOrder("channel", "time");
    assertThat(missing.errorFields()).containsExactly("enabled");
    assertThat(ok(ApiServer.send("GET", DIGEST, token, null)).get("enabled").asBoolean()).isFalse();
  }

  @Test
  void another_organizations_id_is_refused_and_the_body_is_strict() {
    String token = signIn("fritz", "admin");
    ApiServer.Tenant other = ApiServer.newTenant();

    ApiServer.Response foreignQuery =
        ApiServer.send("GET", PREVIEW + "?org_id=" + other.orgId(), token, null);
    ApiServer.Response unknownField =
        ApiServer.send("PUT", DIGEST, token, json("enabled", true, "account_id", "someone"));
    ApiServer.Response wrongType = ApiServer.send("PUT", DIGEST, token, json("enabled", "yes"));

    assertThat(foreignQuery.status()).isEqualTo(403);
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.errorFields()).containsExactly("enabled");
  }

  @Test
  void an_api_key_has_no_digest() {
    ApiServer.Response response = tenant.get(DIGEST);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void an_admins_digest_covers_every_client_and_a_concierges_only_those_of_their_projects() {
    String adminToken = signIn("boss", "admin");
    String conciergeId = accountId("cleo", "concierge");
    String conciergeToken = token("cleo");
    String sarah = tenant.client("Sarah Chen", "America/New_York");
    String robert = tenant.client("Robert Miles", "Europe/London");
    birthday(sarah, "Sarah's birthday", "1980-10-29");
    birthday(robert, "Robert's birthday", "1975-10-30");
    String sarahsProject =
        tenant.create(
            "/api/v1/projects",
            json(
                "person_id",
                sarah,
                "title",
                "Anniversary dinner",
                "assigned_to_account_id",
                conciergeId));
    tenant.create(
        "/api/v1/projects/" + sarahsProject + "/tasks",
        json("title", "Book the table", "due_date", "2025-10-30"));
    String robertsProject =
        tenant.create("/api/v1/projects", json("person_id", robert, "title", "Boat renewal"));
    tenant.create("/api/v1/projects/" + robertsProject + "/tasks", json("title", "Call the club"));
    ApiServer.Tenant other = ApiServer.newTenant();
    birthday(other, other.client("Olga Other", "Europe/Paris"), "Olga's birthday", "1990-10-28");

    JsonNode admin = ok(ApiServer.send("GET", PREVIEW, adminToken, null));
    JsonNode concierge = ok(ApiServer.send("GET", PREVIEW, conciergeToken, null));

    assertThat(admin.get("all_clients").asBoolean()).isTrue();
    assertThat(titles(admin.get("dates"), "title"))
        .containsExactly("Sarah's birthday", "Robert's birthday");
    assertThat(admin.get("due_reminders").get("total").asLong()).isEqualTo(2);
    assertThat(titles(admin.get("open_tasks"), "title"))
        .containsExactly("Book the table", "Call the club");
    assertThat(concierge.get("all_clients").asBoolean()).isFalse();
    assertThat(titles(concierge.get("dates"), "title")).containsExactly("Sarah's birthday");
    assertThat(concierge.get("dates").get("items").get(0).get("days_until").asLong()).isEqualTo(2);
    assertThat(titles(concierge.get("due_reminders"), "date_title"))
        .containsExactly("Sarah's birthday");
    assertThat(titles(concierge.get("open_tasks"), "title")).containsExactly("Book the table");
    assertThat(concierge.get("text").asText())
        .contains("Wed 29 Oct — Sarah Chen: Sarah's birthday (in 2 days)")
        .contains("Sarah Chen — Anniversary dinner: Book the table (due Thu 30 Oct)")
        .doesNotContain("Robert");
    for (JsonNode preview : List.of(admin, concierge)) {
      assertThat(preview.toString()).doesNotContain("Olga");
      assertThat(preview.get("empty").asBoolean()).isFalse();
    }
  }

  @Test
  void a_crowded_digest_lists_the_first_ten_of_a_section_and_counts_the_rest() {
    String token = signIn("dora", "admin");
    String sarah = tenant.client("Sarah Chen", "America/New_York");
    for (int day = 1; day <= 12; day++) {
      tenant.create(
          "/api/v1/date-items",
          json(
              "person_id",
              sarah,
              "title",
              "Errand " + day,
              "date_value",
              "2025-11-%02d".formatted(day)));
    }
    ApiServer.send("PUT", DIGEST, token, json("enabled", true, "days_ahead", 31));

    JsonNode preview = ok(ApiServer.send("GET", PREVIEW, token, null));

    assertThat(preview.get("dates").get("items")).hasSize(10);
    assertThat(preview.get("dates").get("total").asLong()).isEqualTo(12);
    assertThat(preview.get("text").asText()).contains("Dates (12)").contains("• and 2 more");
  }

  @Test
  void open_tasks_come_dated_first_by_due_date_then_by_project_title_and_position() {
    String token = signIn("finn", "admin");
    String sarah = tenant.client("Sarah Chen", "America/New_York");
    String zebra = tenant.create("/api/v1/projects", json("person_id", sarah, "title", "Zebra"));
    String apple = tenant.create("/api/v1/projects", json("person_id", sarah, "title", "Apple"));
    String closed =
        tenant.create("/api/v1/projects", json("person_id", sarah, "title", "Aardvark"));
    task(zebra, "Zebra first", null, 0);
    task(zebra, "Zebra later due", "2025-11-20", 1);
    // created in the opposite order to their positions: the position orders them, not creation
    task(apple, "Apple second", null, 1);
    task(apple, "Apple first", null, 0);
    task(zebra, "Zebra sooner due", "2025-11-02", 2);
    task(closed, "Of a closed project", "2025-11-01", 0);
    assertThat(tenant.put("/api/v1/projects/" + closed, json("status", "cancelled")).status())
        .isEqualTo(200);

    JsonNode preview = ok(ApiServer.send("GET", PREVIEW, token, null));

    assertThat(titles(preview.get("open_tasks"), "title"))
        .containsExactly(
            "Zebra sooner due", "Zebra later due", "Apple first", "Apple second", "Zebra first");
    assertThat(preview.get("open_tasks").get("total").asLong()).isEqualTo(5);
    assertThat(preview.get("text").asText()).contains("Open tasks (5)");
  }

  private void task(String project, String title, String dueDate, int position) {
    tenant.create(
        "/api/v1/projects/" + project + "/tasks",
        dueDate == null
            ? json("title", title, "position", position)
            : json("title", title, "due_date", dueDate, "position", position));
  }

  @Test
  void a_staff_member_without_assigned_projects_gets_an_empty_digest() {
    String token = signIn("eli", "concierge");
    tenant.client("Sarah Chen", "America/New_York");

    JsonNode preview = ok(ApiServer.send("GET", PREVIEW, token, null));

    assertThat(preview.get("empty").asBoolean()).isTrue();
    assertThat(preview.get("dates").get("total").asLong()).isZero();
  }

  private void birthday(String person, String title, String date) {
    birthday(tenant, person, title, date);
  }

  private static void birthday(ApiServer.Tenant in, String person, String title, String date) {
    in.create(
        "/api/v1/date-items",
        json(
            "person_id",
            person,
            "title",
            title,
            "date_value",
            date,
            "recurrence_rule",
            "FREQ=YEARLY",
            "reminder_rules",
            List.of(
                Map.of(
                    "reminder_type", "lead_time", "lead_time_days", 1, "channel_type", "email"))));
  }

  private static List<String> titles(JsonNode section, String field) {
    List<String> titles = new ArrayList<>();
    section.get("items").forEach(item -> titles.add(item.get(field).asText()));
    return titles;
  }

  private static JsonNode ok(ApiServer.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private String signIn(String name, String role) {
    accountId(name, role);
    return token(name);
  }

  private String accountId(String name, String role) {
    ApiServer.Response created =
        tenant.asAdmin(
            "POST",
            "/api/v1/accounts",
            json("email", email(name), "display_name", name, "role", role, "password", PASSWORD));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("account_id").asText();
  }

  private String token(String name) {
    ApiServer.Response login =
        ApiServer.send(
            "POST", "/api/v1/auth/login", null, json("email", email(name), "password", PASSWORD));
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    return login.json().get("access_token").asText();
  }

  private String email(String name) {
    return name + "@" + tenant.orgId() + ".digest.example.com";
  }
}
