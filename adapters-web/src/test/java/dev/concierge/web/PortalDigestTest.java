package dev.concierge.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditQuery;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.dates.NewDateItem;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.NewPerson;
import dev.concierge.core.persons.Person;
import dev.concierge.core.reminders.NewReminder;
import dev.concierge.core.time.Today;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each staff member's own digest page over plain HTTP: every role reads and saves its own (as
 * getMyDigest and updateMyDigest allow), through the API's use case so the API reads back what the
 * form saved and the audit log has it; bad fields refused in place with everything typed kept; and
 * the preview the API's preview is, down to "would not be sent".
 */
class PortalDigestTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ServedPortal portal;

  @BeforeAll
  static void serve() {
    portal = ServedPortal.start();
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  @Test
  void every_role_sees_and_saves_its_own_digest_which_the_api_then_reads_back()
      throws IOException, InterruptedException {
    ServedPortal.Desk desk = portal.newDesk("Digest desk", ZoneId.of("Europe/Paris"));
    Map<String, List<String>> typedBy =
        Map.of(
            desk.concierge(),
            List.of(
                "enabled", "true",
                "frequency", "weekly",
                "weekday", "friday",
                // the hour without its leading zero, as people write it
                "time", "7:30",
                "timezone", "Europe/London",
                "channel", "email",
                "email_address", "anna.home@example.com",
                "slack_user_id", "",
                "days_ahead", "14"),
            desk.analyst(),
            List.of(
                "enabled", "true",
                "frequency", "daily",
                // the hidden weekday of a daily digest is not the settings'
                "weekday", "tuesday",
                "time", "18:00",
                "timezone", "Asia/Tokyo",
                "channel", "slack",
                // nor the address of the channel not chosen
                "email_address", "left@example.com",
                "slack_user_id", "U0RAVI",
                "days_ahead", "1"),
            desk.admin(),
            List.of(
                "frequency", "daily",
                "weekday", "monday",
                "time", "08:00",
                "timezone", "Europe/Paris",
                "channel", "email",
                "email_address", "",
                "slack_user_id", "",
                "days_ahead", "7"));

    for (Map.Entry<String, List<String>> staff : typedBy.entrySet()) {
      HttpVisitor browser = new HttpVisitor(portal).signIn(staff.getKey());
      assertThat(browser.get("/").body()).contains("href=\"/digest\"");
      HttpResponse<String> page = browser.get("/digest");
      HttpResponse<String> preview = browser.get("/digest/preview");
      HttpResponse<String> saved =
          browser.submit("/digest", staff.getValue().toArray(String[]::new));
      HttpResponse<String> after = browser.get(saved.headers().firstValue("Location").orElse(""));

      assertThat(page.statusCode()).as(staff.getKey()).isEqualTo(200);
      assertThat(page.body())
          .contains("id=\"time\" name=\"time\" type=\"text\" value=\"08:00\"")
          .contains("value=\"Europe/Paris\"")
          .contains("hx-get=\"/digest/preview\"");
      assertThat(preview.statusCode()).as(staff.getKey()).isEqualTo(200);
      assertThat(preview.body()).contains("Your digest is off:");
      assertThat(saved.statusCode()).as(staff.getKey()).isEqualTo(303);
      assertThat(after.body()).contains("Saved: your digest goes out");
    }

    JsonNode concierge = apiDigest(desk.concierge());
    assertThat(concierge.get("enabled").asBoolean()).isTrue();
    assertThat(concierge.get("frequency").asText()).isEqualTo("weekly");
    assertThat(concierge.get("weekday").asText()).isEqualTo("friday");
    assertThat(concierge.get("time").asText()).isEqualTo("07:30");
    assertThat(concierge.get("timezone").asText()).isEqualTo("Europe/London");
    assertThat(concierge.get("email_address").asText()).isEqualTo("anna.home@example.com");
    assertThat(concierge.get("days_ahead").asInt()).isEqualTo(14);
    JsonNode analyst = apiDigest(desk.analyst());
    assertThat(analyst.get("frequency").asText()).isEqualTo("daily");
    assertThat(analyst.get("weekday").isNull()).isTrue();
    assertThat(analyst.get("channel").asText()).isEqualTo("slack");
    assertThat(analyst.get("slack_user_id").asText()).isEqualTo("U0RAVI");
    assertThat(analyst.get("email_address").isNull()).isTrue();
    assertThat(analyst.get("days_ahead").asInt()).isEqualTo(1);
    JsonNode admin = apiDigest(desk.admin());
    assertThat(admin.get("enabled").asBoolean()).isFalse();
    assertThat(admin.get("email_address").isNull()).isTrue();

    List<AuditEntry> audited =
        portal
            .concierge()
            .auditLog()
            .list(
                desk.operator(),
                new AuditQuery(EntityType.ACCOUNT, null, null, null, null, null, null),
                new PageRequest(0, 50))
            .items()
            .stream()
            .filter(e -> e.fields().equals(List.of("digest")))
            .toList();
    assertThat(audited)
        .extracting(AuditEntry::actorName)
        .containsExactlyInAnyOrder("Anna Keller", "Ravi Analyst", "Ada Admin");
    assertThat(audited).allSatisfy(e -> assertThat(e.entityId().toString()).isEqualTo(e.actorId()));
  }

  @Test
  void bad_fields_are_each_refused_beside_their_field_with_everything_typed_kept()
      throws IOException, InterruptedException {
    ServedPortal.Desk desk = portal.newDesk("Refusing desk", ZoneId.of("Europe/Paris"));
    HttpVisitor browser = new HttpVisitor(portal).signIn(desk.concierge());
    browser.get("/digest");

    HttpResponse<String> refused =
        browser.submit(
            "/digest",
            "enabled",
            "true",
            "frequency",
            "weekly",
            "weekday",
            "someday",
            "time",
            "25:00",
            "timezone",
            "Mars/Olympus",
            "channel",
            "slack",
            "email_address",
            "kept@example.com",
            "slack_user_id",
            "",
            "days_ahead",
            "90");
    HttpResponse<String> unreadable =
        browser.submit(
            "/digest",
            "enabled",
            "true",
            "frequency",
            "daily",
            "time",
            "8h",
            "channel",
            "email",
            "email_address",
            "not an address",
            "days_ahead",
            "a week");
    HttpResponse<String> forged =
        browser.post(
            "/digest", HttpVisitor.form("enabled", "true", "frequency", "daily", "time", "09:00"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("id=\"weekday-error\">On: must be one of monday, tuesday")
        .contains("id=\"time-error\">At: must be a local time as HH:MM")
        .contains("id=\"timezone-error\">Time zone: must be an IANA time zone")
        .contains("id=\"slack_user_id-error\">Slack user id: is required for a Slack digest")
        .contains("id=\"days_ahead-error\">Days ahead: must be between 1 and 31")
        .contains("value=\"25:00\"", "value=\"Mars/Olympus\"", "value=\"kept@example.com\"")
        .contains("value=\"90\"")
        .contains("value=\"weekly\" checked", "value=\"slack\" checked")
        .contains("nothing you typed is lost");
    assertThat(unreadable.statusCode()).isEqualTo(400);
    assertThat(unreadable.body())
        .contains("id=\"days_ahead-error\">Days ahead: must be an integer")
        .contains("id=\"time-error\">At: must be a local time as HH:MM")
        .contains("id=\"email_address-error\">Email address: must be an email address")
        .contains("value=\"a week\"");
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(apiDigest(desk.concierge()).get("enabled").asBoolean()).isFalse();
  }

  @Test
  void the_preview_is_the_apis_and_says_when_nothing_would_be_sent()
      throws IOException, InterruptedException {
    ServedPortal.Desk desk = portal.newDesk("Previewing desk", ZoneId.of("America/New_York"));
    // the client in the reader's zone (the desk's, the digest's default), so "in 2 days" is the
    // same count from either's day at any hour
    ZoneId readersZone = ZoneId.of("America/New_York");
    Person client =
        portal
            .concierge()
            .persons()
            .create(desk.operator(), NewPerson.client("Harriet <Vane>", readersZone));
    portal
        .concierge()
        .dateItems()
        .create(
            desk.operator(),
            new NewDateItem(
                client.personId(),
                null,
                null,
                "Harriet's \"big\" day",
                Today.in(readersZone, Clock.systemUTC()).plusDays(2),
                null,
                null,
                null,
                Metadata.EMPTY,
                List.of(NewReminder.daysBefore(1))));
    HttpVisitor admin = new HttpVisitor(portal).signIn(desk.admin());
    HttpVisitor concierge = new HttpVisitor(portal).signIn(desk.concierge());

    // the subject names today: read the API's preview either side of the page's, so a midnight
    // between them cannot fail the test
    JsonNode before = apiPreview(desk.admin());
    HttpResponse<String> page = admin.get("/digest/preview");
    JsonNode after = apiPreview(desk.admin());
    HttpResponse<String> nothing = concierge.get("/digest/preview");
    HttpResponse<String> fragment =
        concierge.http.send(
            HttpRequest.newBuilder(URI.create(portal.url("/digest/preview")))
                .header("HX-Request", "true")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(before.get("empty").asBoolean()).isFalse();
    assertThat(List.of(before, after))
        .anySatisfy(
            api ->
                assertThat(page.body())
                    .contains(
                        "<strong id=\"digest-subject\">"
                            + escaped(api.get("subject").asText())
                            + "</strong>")
                    .contains("<pre id=\"digest-text\">" + escaped(api.get("text").asText())));
    assertThat(page.body())
        .contains("Harriet &lt;Vane&gt;: Harriet's \"big\" day (in 2 days)")
        .doesNotContain("id=\"digest-empty\"");
    assertThat(apiPreview(desk.concierge()).get("empty").asBoolean()).isTrue();
    assertThat(nothing.statusCode()).isEqualTo(200);
    assertThat(nothing.body())
        .contains("id=\"digest-empty\"")
        .contains("so this digest would not be sent")
        .doesNotContain("id=\"digest-text\"");
    assertThat(fragment.body())
        .startsWith("<div id=\"digest-preview\"")
        .contains("so this digest would not be sent")
        .doesNotContain("<html");
  }

  /** As jte escapes text between tags. */
  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static JsonNode apiDigest(String email) throws IOException, InterruptedException {
    return api(email, "/api/v1/accounts/me/digest");
  }

  private static JsonNode apiPreview(String email) throws IOException, InterruptedException {
    return api(email, "/api/v1/accounts/me/digest/preview");
  }

  /** GET {@code path} of the API as the account with {@code email}, signed in with a token. */
  private static JsonNode api(String email, String path) throws IOException, InterruptedException {
    HttpVisitor client = new HttpVisitor(portal);
    HttpResponse<String> login =
        client.http.send(
            HttpRequest.newBuilder(URI.create(portal.url("/api/v1/auth/login")))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(
                            Map.of("email", email, "password", ServedPortal.PASSWORD))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    String token = JSON.readTree(login.body()).get("access_token").asText();
    HttpResponse<String> answer =
        client.http.send(
            HttpRequest.newBuilder(URI.create(portal.url(path)))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }
}
