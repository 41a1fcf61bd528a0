package dev.concierge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.claude.ClaudeLlm;
import dev.concierge.claude.ClaudeSettings;
import dev.concierge.claude.FakeAnthropic;
import dev.concierge.core.dates.NewDateItem;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.NewPerson;
import dev.concierge.core.persons.Person;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal's walls, over plain HTTP (no browser needed): the session cookie, CSRF on every POST,
 * the role table on every page and form, sign-out, and that the API beside it is unchanged.
 */
class PortalAccessTest {
  private static final String MODEL = "claude-sonnet-4-5";
  private static final String ROUTER = "claude-haiku-4-5";

  private static ServedPortal portal;
  private static ServedPortal.Desk desk;

  @BeforeAll
  static void serve() {
    portal = ServedPortal.start();
    desk = portal.newDesk("Access desk", ZoneId.of("Europe/Paris"));
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  @Test
  void a_visitor_is_sent_to_sign_in_and_back_to_the_page_asked_for()
      throws IOException, InterruptedException {
    HttpVisitor browser = new HttpVisitor(portal);

    HttpResponse<String> page = browser.get("/calendar?month=2027-03");

    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location"))
        .hasValue("/login?next=%2Fcalendar%3Fmonth%3D2027-03");
    browser.get("/login?next=%2Fcalendar%3Fmonth%3D2027-03");
    HttpResponse<String> signedIn =
        browser.post(
            "/login",
            HttpVisitor.form(
                "_csrf",
                browser.csrf,
                "email",
                desk.concierge(),
                "password",
                ServedPortal.PASSWORD,
                "next",
                "/calendar?month=2027-03"));
    assertThat(signedIn.headers().firstValue("Location")).hasValue("/calendar?month=2027-03");
  }

  @Test
  void the_session_cookie_is_http_only_same_site_strict_and_changes_on_sign_in()
      throws IOException, InterruptedException {
    HttpVisitor browser = new HttpVisitor(portal);

    HttpResponse<String> form = browser.get("/login");
    HttpResponse<String> signedIn =
        browser.post(
            "/login",
            HttpVisitor.form(
                "_csrf", browser.csrf,
                "email", desk.concierge(),
                "password", ServedPortal.PASSWORD));

    String before = form.headers().firstValue("Set-Cookie").orElseThrow();
    String after = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(before).contains("HttpOnly", "SameSite=Strict", "Path=/").doesNotContain("Secure");
    assertThat(after).contains("HttpOnly", "SameSite=Strict");
    assertThat(after.substring(0, after.indexOf(';')))
        .isNotEqualTo(before.substring(0, before.indexOf(';')));
  }

  @Test
  void a_wrong_password_is_refused_with_the_email_kept() throws IOException, InterruptedException {
    HttpVisitor browser = new HttpVisitor(portal);
    browser.get("/login");

    HttpResponse<String> refused =
        browser.post(
            "/login",
            HttpVisitor.form(
                "_csrf", browser.csrf, "email", desk.concierge(), "password", "not the password"));

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.body())
        .contains("Wrong email address or password")
        .contains(desk.concierge());
    assertThat(browser.get("/").statusCode()).isEqualTo(303);
  }

  @Test
  void a_post_without_the_sessions_csrf_token_or_from_another_site_is_refused()
      throws IOException, InterruptedException {
    HttpVisitor browser = new HttpVisitor(portal).signIn(desk.concierge());
    Map<String, String> client =
        HttpVisitor.form(
            "full_name", "Forged Client", "timezone", "Europe/Paris", "person_type", "client");

    HttpResponse<String> noToken = browser.post("/clients", client);
    Map<String, String> wrong = new LinkedHashMap<>(client);
    wrong.put("_csrf", browser.csrf + "x");
    HttpResponse<String> wrongToken = browser.post("/clients", wrong);
    Map<String, String> right = new LinkedHashMap<>(client);
    right.put("_csrf", browser.csrf);
    HttpResponse<String> otherSite =
        browser.http.send(
            HttpRequest.newBuilder(URI.create(portal.url("/clients")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(HttpVisitor.encoded(right)))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(wrongToken.statusCode()).isEqualTo(403);
    assertThat(otherSite.statusCode()).isEqualTo(403);
    assertThat(clientsNamed("Forged Client")).isZero();
    assertThat(browser.post("/clients", right).statusCode()).isEqualTo(303);
    assertThat(clientsNamed("Forged Client")).isOne();
  }

  @Test
  void an_analyst_reads_every_page_but_every_form_that_writes_is_refused()
      throws IOException, InterruptedException {
    Person client =
        portal
            .concierge()
            .persons()
            .create(desk.operator(), NewPerson.client("Read Only", ZoneId.of("Asia/Tokyo")));
    HttpVisitor analyst = new HttpVisitor(portal).signIn(desk.analyst());

    assertThat(analyst.get("/").statusCode()).isEqualTo(200);
    assertThat(analyst.get("/clients/" + client.personId()).body())
        .contains("Read Only")
        .doesNotContain("Add a date");
    assertThat(analyst.get("/clients/new").statusCode()).isEqualTo(403);
    assertThat(analyst.get("/clients/" + client.personId() + "/edit").statusCode()).isEqualTo(403);
    analyst.get("/clients");
    HttpResponse<String> create =
        analyst.post(
            "/clients",
            HttpVisitor.form(
                "_csrf", analyst.csrf,
                "full_name", "Not Allowed",
                "timezone", "Europe/Paris"));
    assertThat(create.statusCode()).isEqualTo(403);
    assertThat(create.body()).contains("The analyst role may only read.");
    assertThat(clientsNamed("Not Allowed")).isZero();
  }

  @Test
  void every_page_and_form_declares_the_access_of_the_operations_it_calls() {
    // the role table: reading pages for every role, forms that write for concierges and admins
    // (but the one of a person's own digest)
    assertThat(
            new StaffPortal(
                    portal.concierge(),
                    0,
                    Clock.systemUTC(),
                    (caller, confinement) -> {
                      throw new AssertionError("no chat here");
                    })
                .describe())
        .contains(
            "GET / read",
            "GET /clients read",
            "GET /clients/new write",
            "POST /clients write",
            "POST /clients/{person_id} write",
            "POST /clients/{person_id}/dates write",
            "POST /dates/{date_item_id} write",
            "POST /projects/{project_id}/tasks/{task_id} write",
            "POST /reminders/{reminder_rule_id}/retry write",
            "POST /clients/{person_id}/chat write",
            "POST /assistant/actions/{action_id}/confirm write",
            "GET /login public",
            "POST /login public",
            // as the API: accounts, keys and the audit log are the admins'; every role reads the
            // agents (listAgents, getAgent), only admins change them (updateAgent)
            "GET /admin/accounts admin",
            "GET /admin/accounts/new admin",
            "POST /admin/accounts admin",
            "POST /admin/accounts/{account_id}/role admin",
            "POST /admin/accounts/{account_id}/active admin",
            "GET /admin/api-keys admin",
            "POST /admin/api-keys admin",
            "POST /admin/api-keys/{api_key_id}/revoke admin",
            "GET /admin/audit-log admin",
            "GET /agents read",
            "GET /agents/{name} read",
            "POST /agents/{name} admin",
            // each person's own digest, for every role, as getMyDigest and updateMyDigest
            "GET /digest read",
            "POST /digest read",
            "GET /digest/preview read",
            // search across everything, for every role, as searchEverything
            "GET /search read",
            // the catalogue, read by every role as listVendors, getVendor and their kin
            "GET /catalogue read",
            "GET /catalogue/{kind}/{resource_id} read",
            // recommending an entry to a client is a concierge's, as createRecommendation;
            // adding, changing and removing entries the admins', as createVendor and its kin
            "POST /catalogue/{kind}/{resource_id}/recommend write",
            "GET /catalogue/new admin",
            "POST /catalogue/{kind} admin",
            "GET /catalogue/{kind}/{resource_id}/edit admin",
            "POST /catalogue/{kind}/{resource_id} admin",
            "GET /catalogue/{kind}/{resource_id}/delete admin",
            "POST /catalogue/{kind}/{resource_id}/delete admin")
        .allSatisfy(
            route -> {
              if (route.startsWith("POST ")
                  && !route.startsWith("POST /log")
                  && !route.equals("POST /digest read")) {
                assertThat(route).matches(".* (write|admin)");
              }
              if (route.contains(" /admin/")) {
                assertThat(route).endsWith(" admin");
              }
            });
  }

  @Test
  void signing_out_ends_the_session_so_its_cookie_and_token_are_refused()
      throws IOException, InterruptedException {
    HttpVisitor browser = new HttpVisitor(portal).signIn(desk.concierge());
    String token = browser.csrf;

    HttpResponse<String> out = browser.post("/logout", HttpVisitor.form("_csrf", token));
    assertThat(out.headers().firstValue("Location")).hasValue("/login?signed_out");

    assertThat(browser.get("/").statusCode()).isEqualTo(303);
    HttpResponse<String> replayed =
        browser.post(
            "/clients",
            HttpVisitor.form("_csrf", token, "full_name", "After Sign Out", "timezone", "UTC"));
    assertThat(replayed.statusCode()).isEqualTo(403);
    assertThat(clientsNamed("After Sign Out")).isZero();
  }

  @Test
  void the_api_beside_the_portal_still_answers_problems_and_unknown_pages_are_html()
      throws IOException, InterruptedException {
    HttpVisitor browser = new HttpVisitor(portal).signIn(desk.concierge());

    HttpResponse<String> api = browser.get("/api/v1/persons");
    HttpResponse<String> missing = browser.get("/clients/" + UUID.randomUUID());

    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(missing.body()).contains("Not found");
  }

  @Test
  void the_chat_says_the_assistant_is_off_without_a_key_and_keeps_the_message()
      throws IOException, InterruptedException {
    Person client = aClient("Chat Off");
    HttpVisitor browser = new HttpVisitor(portal).signIn(desk.concierge());
    browser.get("/clients/" + client.personId());

    HttpResponse<String> chat =
        browser.post(
            "/clients/" + client.personId() + "/chat",
            HttpVisitor.form("_csrf", browser.csrf, "message", "What is coming up for her?"));

    assertThat(chat.statusCode()).isEqualTo(200);
    assertThat(chat.body())
        .contains("What is coming up for her?")
        .contains("The assistant is off")
        .contains("ANTHROPIC_API_KEY");
    assertThat(
            portal
                .concierge()
                .conversations()
                .list(desk.operator(), client.personId(), new PageRequest(0, 5))
                .total())
        .isEqualTo(1);
  }

  @Test
  void an_analyst_sees_no_chat_and_may_not_post_to_it() throws IOException, InterruptedException {
    Person client = aClient("Chat Analyst");
    HttpVisitor analyst = new HttpVisitor(portal).signIn(desk.analyst());

    HttpResponse<String> profile = analyst.get("/clients/" + client.personId());
    HttpResponse<String> chat =
        analyst.post(
            "/clients/" + client.personId() + "/chat",
            HttpVisitor.form("_csrf", analyst.csrf, "message", "Delete everything"));

    assertThat(profile.body()).doesNotContain("id=\"chat-message\"");
    assertThat(chat.statusCode()).isEqualTo(403);
  }

  @Test
  void the_chat_answers_through_the_assistant_and_a_waiting_delete_runs_once_confirmed()
      throws IOException, InterruptedException {
    try (FakeAnthropic fake = FakeAnthropic.start();
        ClaudeLlm claude =
            new ClaudeLlm(
                new ClaudeSettings("sk-ant-api03-portal-test", MODEL, ROUTER, fake.baseUrl()),
                Duration.ofSeconds(10),
                0);
        ServedPortal withAssistant = ServedPortal.withAssistant(claude, MODEL, ROUTER)) {
      ServedPortal.Desk its = withAssistant.newDesk("Chat desk", ZoneId.of("Europe/Paris"));
      Person client =
          withAssistant
              .concierge()
              .persons()
              .create(its.operator(), NewPerson.client("Chat Client", ZoneId.of("Europe/Paris")));
      UUID trip =
          withAssistant
              .concierge()
              .dateItems()
              .create(
                  its.operator(),
                  new NewDateItem(
                      client.personId(),
                      null,
                      null,
                      "Old trip",
                      LocalDate.of(2031, 5, 1),
                      null,
                      null,
                      null,
                      Metadata.EMPTY,
                      List.of()))
              .item()
              .dateItemId();
      fake.answersToolCalls(ROUTER, FakeAnthropic.routeTo("reminder_management"));
      fake.answersToolCalls(
          MODEL,
          FakeAnthropic.toolUse(
              "toolu_01", "deleteDateItem", "{\"date_item_id\":\"" + trip + "\"}"));
      fake.answersText(MODEL, "I can delete the old trip once you confirm.");
      HttpVisitor browser = new HttpVisitor(withAssistant).signIn(its.concierge());
      browser.get("/clients/" + client.personId());

      HttpResponse<String> chat =
          browser.post(
              "/clients/" + client.personId() + "/chat",
              HttpVisitor.form("_csrf", browser.csrf, "message", "Delete the old trip"));

      assertThat(chat.statusCode()).isEqualTo(200);
      assertThat(chat.body())
          .contains("I can delete the old trip once you confirm.")
          .contains("Waiting for you: delete date item")
          .contains("reminder management");
      Matcher confirm =
          Pattern.compile("action=\"(/assistant/actions/[0-9a-f-]{36}/confirm)\"")
              .matcher(chat.body());
      assertThat(confirm.find()).isTrue();
      assertThat(withAssistant.concierge().dateItems().get(its.operator(), trip)).isNotNull();

      HttpResponse<String> confirmed =
          browser.post(confirm.group(1), HttpVisitor.form("_csrf", browser.csrf));
      HttpResponse<String> again =
          browser.post(confirm.group(1), HttpVisitor.form("_csrf", browser.csrf));

      assertThat(confirmed.statusCode()).isEqualTo(200);
      assertThat(confirmed.body()).contains("Confirmed: delete date item. Done.");
      assertThatThrownBy(() -> withAssistant.concierge().dateItems().get(its.operator(), trip))
          .isInstanceOf(NotFoundException.class);
      assertThat(again.statusCode()).isEqualTo(409);

      fake.answersError(429, "rate_limit_error", "Slow down", "20");
      HttpResponse<String> busy =
          browser.post(
              "/clients/" + client.personId() + "/chat",
              HttpVisitor.form("_csrf", browser.csrf, "message", "And the next one?"));

      assertThat(busy.statusCode()).isEqualTo(200);
      assertThat(busy.body()).contains("The assistant is busy right now: try again in 20 seconds");
    }
  }

  private static Person aClient(String name) {
    return portal
        .concierge()
        .persons()
        .create(desk.operator(), NewPerson.client(name, ZoneId.of("Europe/Paris")));
  }

  private static long clientsNamed(String name) {
    return portal
        .concierge()
        .persons()
        .search(desk.operator(), name, null, new PageRequest(0, 10))
        .total();
  }
}
