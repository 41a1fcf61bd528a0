package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * Calendar feeds and calendar import through the API, on the real composition and PostgreSQL: a
 * feed re-imports to the same dates, a revoked feed is gone at once, a secret opens its own
 * organization's dates only.
 */
class CalendarApiTest {
  private final ApiServer.Tenant tenant = ApiServer.newTenant();

  @Test
  void
      a_persons_feed_imported_into_another_person_gives_the_same_dates_and_again_changes_nothing() {
    String sarah = tenant.client("Sarah Chen", "America/New_York");
    tenant.create(
        "/api/v1/date-items",
        """
        {"person_id": "%s", "title": "Mom's birthday, with; all \\\\ of it", "date_value": "1985-03-15",
         "recurrence_rule": "FREQ=YEARLY", "notes": "Lilies.\\nNever roses.",
         "reminder_rules": [{"reminder_type": "lead_time", "lead_time_days": 14}]}
        """
            .formatted(sarah));
    tenant.create(
        "/api/v1/date-items",
        json(
            "person_id", sarah,
            "title", "Board meeting",
            "date_value", "2026-01-30",
            "recurrence_rule", "FREQ=MONTHLY;BYDAY=-1FR"));
    tenant.create(
        "/api/v1/date-items",
        json("person_id", sarah, "title", "Flight to Rome", "date_value", "2026-06-02"));

    String feed = feedText(feedUrl(tenant, sarah));
    String copy = tenant.client("Sarah's twin", "America/New_York");
    ApiServer.Response first = importInto(copy, feed);
    ApiServer.Response again = importInto(copy, feed);

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().findValuesAsText("status")).containsOnly("created").hasSize(3);
    assertThat(dates(copy)).isEqualTo(dates(sarah));
    assertThat(again.json().findValuesAsText("status")).containsOnly("unchanged").hasSize(3);
    assertThat(tenant.get("/api/v1/persons/" + copy + "/date-items").header("X-Total-Count"))
        .isEqualTo("3");
    JsonNode birthday = itemTitled(copy, "Mom's birthday, with; all \\ of it");
    assertThat(birthday.get("notes").asText()).isEqualTo("Lilies.\nNever roses.");
    assertThat(birthday.get("reminder_rules").findValuesAsText("lead_time_days"))
        .containsExactly("14");
  }

  @Test
  void a_feed_imported_into_its_own_person_finds_the_items_it_came_from() {
    String sarah = tenant.client("Sarah Chen", "Europe/Paris");
    tenant.create(
        "/api/v1/date-items",
        json(
            "person_id",
            sarah,
            "title",
            "Anniversary",
            "date_value",
            "2010-06-12",
            "recurrence_rule",
            "FREQ=YEARLY"));
    String feed = feedText(feedUrl(tenant, sarah));

    ApiServer.Response imported = importInto(sarah, feed);

    assertThat(imported.json().findValuesAsText("status")).containsExactly("unchanged");
    assertThat(tenant.get("/api/v1/persons/" + sarah + "/date-items").header("X-Total-Count"))
        .isEqualTo("1");
  }

  @Test
  void the_feed_is_rfc_5545_text_that_ical4j_parses_back() throws Exception {
    String sarah = tenant.client("Sarah Chen", "America/New_York");
    tenant.create(
        "/api/v1/date-items",
        json(
            "person_id",
            sarah,
            "title",
            "Birthday",
            "date_value",
            "1990-07-04",
            "recurrence_rule",
            "FREQ=YEARLY"));
    ApiServer.Response response = ApiServer.send("GET", path(feedUrl(tenant, sarah)), null, null);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).isEqualTo("text/calendar; charset=utf-8");
    assertThat(response.body())
        .contains("\r\nDTSTART;VALUE=DATE:19900704\r\n", "RRULE:FREQ=YEARLY");
    Calendar parsed = new CalendarBuilder().build(new StringReader(response.body()));
    assertThat(parsed.<VEvent>getComponents("VEVENT")).hasSize(1);
    ApiServer.Response cached =
        ApiServer.send(
            "GET",
            path(feedUrl(tenant, sarah)),
            null,
            null,
            "If-None-Match",
            response.header("ETag"));
    assertThat(cached.status()).isEqualTo(304);
  }

  @Test
  void a_revoked_feed_answers_404_at_once_and_lists_as_revoked() {
    String sarah = tenant.client("Sarah Chen", "America/New_York");
    ApiServer.Response created = tenant.post("/api/v1/calendar-feeds", json("person_id", sarah));
    String url = created.json().get("url").asText();
    assertThat(ApiServer.send("GET", path(url), null, null).status()).isEqualTo(200);

    assertThat(tenant.delete("/api/v1/calendar-feeds/" + created.id()).status()).isEqualTo(204);

    ApiServer.Response gone = ApiServer.send("GET", path(url), null, null);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.header("Content-Type")).startsWith("application/problem+json");
    ApiServer.Response listed = tenant.asAnalyst("GET", "/api/v1/calendar-feeds", null);
    assertThat(listed.body()).doesNotContain(url).doesNotContain("\"url\"");
    assertThat(listed.json().get(0).get("revoked_at").isNull()).isFalse();
  }

  @Test
  void an_organizations_feed_carries_every_client_and_no_other_organizations_dates() {
    String sarah = tenant.client("Sarah Chen", "America/New_York");
    String omar = tenant.client("Omar Haddad", "Asia/Dubai");
    tenant.create(
        "/api/v1/date-items",
        json("person_id", sarah, "title", "Gala", "date_value", "2026-05-01"));
    tenant.create(
        "/api/v1/date-items",
        json("person_id", omar, "title", "Eid dinner", "date_value", "2026-03-20"));
    ApiServer.Tenant other = ApiServer.newTenant();
    String stranger = other.client("Stranger", "UTC");
    other.create(
        "/api/v1/date-items",
        json("person_id", stranger, "title", "Secret party", "date_value", "2026-04-01"));

    String ours = feedText(feedUrl(tenant, null));
    String theirs = feedText(feedUrl(other, null));

    assertThat(ours)
        .contains("Sarah Chen: Gala", "Omar Haddad: Eid dinner")
        .doesNotContain("Secret party");
    assertThat(theirs).contains("Stranger: Secret party").doesNotContain("Gala", "Eid dinner");
    assertThat(other.post("/api/v1/calendar-feeds", json("person_id", sarah)).errorFields())
        .containsExactly("person_id");
  }

  @Test
  void analysts_list_feeds_but_neither_create_nor_revoke_them_nor_import() {
    String sarah = tenant.client("Sarah Chen", "America/New_York");
    String feedId = tenant.post("/api/v1/calendar-feeds", "").id();

    assertThat(tenant.asAnalyst("POST", "/api/v1/calendar-feeds", "{}").status()).isEqualTo(403);
    assertThat(tenant.asAnalyst("DELETE", "/api/v1/calendar-feeds/" + feedId, null).status())
        .isEqualTo(403);
    assertThat(
            ApiServer.send(
                    "POST",
                    "/api/v1/persons/" + sarah + "/date-items/import",
                    tenant.analystKey(),
                    "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
                    "Content-Type",
                    "text/calendar")
                .status())
        .isEqualTo(403);
    assertThat(tenant.asAnalyst("GET", "/api/v1/calendar-feeds", null).status()).isEqualTo(200);
    assertThat(tenant.asAdmin("DELETE", "/api/v1/calendar-feeds/" + feedId, null).status())
        .isEqualTo(204);
  }

  @Test
  void a_file_that_is_no_icalendar_is_a_400_on_the_body_and_an_oversized_one_a_413() {
    String sarah = tenant.client("Sarah Chen", "America/New_York");

    ApiServer.Response bad = importInto(sarah, "this is not a calendar");
    ApiServer.Response huge = importInto(sarah, "X".repeat(2 * 1024 * 1024));

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.errorFields()).containsExactly("body");
    assertThat(huge.status()).isEqualTo(413);
  }

  @Test
  void an_unknown_secret_is_a_404_like_a_revoked_one() {
    assertThat(
            ApiServer.send("GET", "/calendar/cf_" + "A".repeat(43) + ".ics", null, null).status())
        .isEqualTo(404);
    assertThat(ApiServer.send("GET", "/calendar/nonsense.ics", null, null).status()).isEqualTo(404);
  }

  private ApiServer.Response importInto(String personId, String ics) {
    return ApiServer.send(
        "POST",
        "/api/v1/persons/" + personId + "/date-items/import",
        tenant.conciergeKey(),
        ics,
        "Content-Type",
        "text/calendar");
  }

  /** A new feed's URL: of the person, or of the whole organization when null. */
  private static String feedUrl(ApiServer.Tenant of, String personId) {
    ApiServer.Response created =
        of.post("/api/v1/calendar-feeds", personId == null ? "{}" : json("person_id", personId));
    assertThat(created.status()).isEqualTo(201);
    return created.json().get("url").asText();
  }

  private static String feedText(String url) {
    ApiServer.Response response = ApiServer.send("GET", path(url), null, null);
    assertThat(response.status()).isEqualTo(200);
    return response.body();
  }

  private static String path(String url) {
    return URI.create(url).getRawPath();
  }

  /** Each item's title, date and rule, in title order. */
  private List<String> dates(String personId) {
    List<String> dates = new ArrayList<>();
    tenant
        .get("/api/v1/persons/" + personId + "/date-items")
        .json()
        .forEach(
            item ->
                dates.add(
                    item.get("title").asText()
                        + " "
                        + item.get("date_value").asText()
                        + " "
                        + item.get("recurrence_rule").asText()
                        + " next "
                        + item.get("next_occurrence").asText()));
    dates.sort(null);
    return dates;
  }

  private JsonNode itemTitled(String personId, String title) {
    for (JsonNode item : tenant.get("/api/v1/persons/" + personId + "/date-items").json()) {
      if (item.get("title").asText().equals(title)) {
        return item;
      }
    }
    throw new AssertionError("no item " + title);
  }
}
