package dev.concierge.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.access.ApiKey;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.accounts.Account;
import dev.concierge.core.accounts.NewAccount;
import dev.concierge.core.agents.roster.RosterAgent;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditQuery;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.NewPerson;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin pages over plain HTTP: the API's role table on each of them, CSRF on their forms, the
 * API's field errors in place with what was typed kept, a key's secret shown once, and the audit
 * log paged by keyset.
 */
class PortalAdminTest {
  private static final List<String> ADMIN_PAGES =
      List.of("/admin/accounts", "/admin/accounts/new", "/admin/api-keys", "/admin/audit-log");

  private static ServedPortal portal;
  private static ServedPortal.Desk desk;

  @BeforeAll
  static void serve() {
    portal = ServedPortal.start();
    desk = portal.newDesk("Admin desk", ZoneId.of("Europe/Paris"));
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  @Test
  void concierges_and_analysts_get_the_refusal_page_on_every_admin_page_and_form()
      throws IOException, InterruptedException {
    Account target = account("Kept");
    for (String email : List.of(desk.concierge(), desk.analyst())) {
      HttpVisitor staff = new HttpVisitor(portal).signIn(email);

      assertThat(staff.get("/").body()).doesNotContain("href=\"/admin/accounts\"");
      for (String page : ADMIN_PAGES) {
        HttpResponse<String> refused = staff.get(page);
        assertThat(refused.statusCode()).as(page).isEqualTo(403);
        assertThat(refused.body()).contains("Only the admin role may do this.");
      }
      List<HttpResponse<String>> forms =
          List.of(
              staff.submit(
                  "/admin/accounts",
                  "email",
                  "sneaky-" + email,
                  "display_name",
                  "Sneaky",
                  "role",
                  "admin",
                  "password",
                  "a long enough password"),
              staff.submit("/admin/accounts/" + target.accountId() + "/role", "role", "admin"),
              staff.submit("/admin/accounts/" + target.accountId() + "/active", "active", "false"),
              staff.submit("/admin/api-keys", "name", "sneaky key", "role", "admin"),
              staff.submit("/agents/reminder_management", "max_tool_rounds", "1"));
      assertThat(forms).extracting(HttpResponse::statusCode).containsOnly(403);
      // the agents are read by every role, as GET /api/v1/agents is, but not changed
      HttpResponse<String> agent = staff.get("/agents/reminder_management");
      assertThat(agent.statusCode()).isEqualTo(200);
      assertThat(agent.body()).contains("<fieldset disabled>").doesNotContain(">Save</button>");
    }
    assertThat(accounts()).extracting(Account::email).noneMatch(e -> e.startsWith("sneaky-"));
    assertThat(keys()).isEmpty();
    assertThat(portal.concierge().accounts().get(desk.operator(), target.accountId()).role())
        .isEqualTo(ApiRole.CONCIERGE);
  }

  @Test
  void every_admin_form_is_refused_without_the_sessions_csrf_token()
      throws IOException, InterruptedException {
    Account target = account("Target");
    HttpVisitor admin = new HttpVisitor(portal).signIn(desk.admin());

    List<HttpResponse<String>> forged =
        List.of(
            admin.post(
                "/admin/accounts",
                HttpVisitor.form(
                    "email", "forged@example.com",
                    "display_name", "Forged",
                    "role", "admin",
                    "password", "a long enough password")),
            admin.post(
                "/admin/accounts/" + target.accountId() + "/role",
                HttpVisitor.form("role", "admin")),
            admin.post(
                "/admin/accounts/" + target.accountId() + "/active",
                HttpVisitor.form("active", "false")),
            admin.post("/admin/api-keys", HttpVisitor.form("name", "forged", "role", "admin")),
            admin.post(
                "/agents/reminder_management",
                HttpVisitor.form("_csrf", admin.csrf + "x", "max_tool_rounds", "1")));

    assertThat(forged).extracting(HttpResponse::statusCode).containsOnly(403);
    assertThat(accounts()).extracting(Account::email).doesNotContain("forged@example.com");
    assertThat(keys()).extracting(ApiKey::name).doesNotContain("forged");
    Account after = portal.concierge().accounts().get(desk.operator(), target.accountId());
    assertThat(after.role()).isEqualTo(ApiRole.CONCIERGE);
    assertThat(after.isActive()).isTrue();
  }

  @Test
  void a_refused_account_keeps_what_was_typed_with_each_error_beside_its_field()
      throws IOException, InterruptedException {
    HttpVisitor admin = new HttpVisitor(portal).signIn(desk.admin());
    admin.get("/admin/accounts/new");

    HttpResponse<String> refused =
        admin.submit(
            "/admin/accounts",
            "email",
            "not an address",
            "display_name",
            "Bea Nouvelle",
            "role",
            "analyst",
            "password",
            "short");
    HttpResponse<String> taken =
        admin.submit(
            "/admin/accounts",
            "email",
            desk.concierge(),
            "display_name",
            "Bea Nouvelle",
            "role",
            "analyst",
            "password",
            "a long enough password");
    HttpResponse<String> created =
        admin.submit(
            "/admin/accounts",
            "email",
            "bea@example.com",
            "display_name",
            "Bea Nouvelle",
            "role",
            "analyst",
            "password",
            "a long enough password");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("id=\"email-error\">Email address: must be an email address")
        .contains("id=\"password-error\">Password: must be 12 to 1,024 characters")
        .contains("value=\"not an address\"")
        .contains("value=\"Bea Nouvelle\"")
        .contains("<option value=\"analyst\" selected>");
    assertThat(taken.statusCode()).isEqualTo(409);
    assertThat(taken.body()).contains("An account with that email address already exists.");
    assertThat(created.statusCode()).isEqualTo(303);
    assertThat(accounts())
        .filteredOn(a -> a.email().equals("bea@example.com"))
        .singleElement()
        .satisfies(a -> assertThat(a.role()).isEqualTo(ApiRole.ANALYST));
  }

  @Test
  void an_admin_changes_a_role_deactivates_an_account_so_it_cannot_sign_in_and_reactivates_it()
      throws IOException, InterruptedException {
    Account carl = account("Carl");
    HttpVisitor admin = new HttpVisitor(portal).signIn(desk.admin());
    admin.get("/admin/accounts");

    HttpResponse<String> promoted =
        admin.submit("/admin/accounts/" + carl.accountId() + "/role", "role", "admin");
    HttpResponse<String> deactivated =
        admin.submit("/admin/accounts/" + carl.accountId() + "/active", "active", "false");
    HttpVisitor carlTries = new HttpVisitor(portal);
    carlTries.get("/login");
    HttpResponse<String> refusedSignIn =
        carlTries.submit("/login", "email", carl.email(), "password", ServedPortal.PASSWORD);
    HttpResponse<String> list = admin.get("/admin/accounts");
    HttpResponse<String> reactivated =
        admin.submit("/admin/accounts/" + carl.accountId() + "/active", "active", "true");

    assertThat(promoted.statusCode()).isEqualTo(303);
    assertThat(deactivated.statusCode()).isEqualTo(303);
    assertThat(refusedSignIn.statusCode()).isEqualTo(401);
    assertThat(list.body()).contains("aria-label=\"Reactivate Carl\"");
    assertThat(reactivated.statusCode()).isEqualTo(303);
    Account after = portal.concierge().accounts().get(desk.operator(), carl.accountId());
    assertThat(after.role()).isEqualTo(ApiRole.ADMIN);
    assertThat(after.isActive()).isTrue();
  }

  @Test
  void a_new_keys_secret_is_shown_once_and_a_revoked_key_is_marked()
      throws IOException, InterruptedException {
    HttpVisitor admin = new HttpVisitor(portal).signIn(desk.admin());
    admin.get("/admin/api-keys");

    HttpResponse<String> unnamed = admin.submit("/admin/api-keys", "name", "", "role", "analyst");
    HttpResponse<String> badRole =
        admin.submit("/admin/api-keys", "name", "a viewer", "role", "viewer");
    HttpResponse<String> issued =
        admin.submit("/admin/api-keys", "name", "nightly export", "role", "analyst");
    Matcher secret = Pattern.compile("value=\"(ck_[A-Za-z0-9_-]{43})\"").matcher(issued.body());
    HttpResponse<String> later = admin.get("/admin/api-keys");

    assertThat(unnamed.statusCode()).isEqualTo(400);
    assertThat(unnamed.body()).contains("id=\"name-error\">Name: is required");
    assertThat(badRole.statusCode()).isEqualTo(400);
    assertThat(badRole.body())
        .contains("Role: must be one of admin, concierge, analyst")
        .contains("value=\"a viewer\"");
    assertThat(issued.statusCode()).isEqualTo(201);
    assertThat(issued.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(secret.find()).isTrue();
    assertThat(issued.body()).contains("This is the only time it is shown.");
    assertThat(later.body()).contains("nightly export").doesNotContain(secret.group(1));
    assertThat(portal.concierge().apiKeys().authenticate(secret.group(1)).role())
        .isEqualTo(ApiRole.ANALYST);

    ApiKey key = keys().stream().filter(k -> k.name().equals("nightly export")).findFirst().get();
    HttpResponse<String> revoked = admin.submit("/admin/api-keys/" + key.apiKeyId() + "/revoke");

    assertThat(revoked.statusCode()).isEqualTo(303);
    assertThat(admin.get(revoked.headers().firstValue("Location").orElseThrow()).body())
        .contains("Key revoked")
        .contains("revoked</mark>");
    assertThat(keys())
        .filteredOn(k -> k.name().equals("nightly export"))
        .allMatch(ApiKey::isRevoked);
  }

  @Test
  void an_agents_settings_are_refused_in_place_then_saved_and_audited()
      throws IOException, InterruptedException {
    HttpVisitor admin = new HttpVisitor(portal).signIn(desk.admin());
    HttpResponse<String> form = admin.get("/agents/reminder_management");
    assertThat(form.body()).contains("id=\"system_prompt\"").contains(">Save</button>");

    HttpResponse<String> refused =
        admin.submit(
            "/agents/reminder_management",
            "enabled",
            "true",
            "model",
            "claude sonnet",
            "system_prompt",
            "Keep every reminder short.",
            "tools",
            "listPersons\nnoSuchOperation",
            "max_tool_rounds",
            "8",
            "max_tokens",
            "12",
            "max_run_tokens",
            "200000",
            "wall_time_seconds",
            "120");
    HttpResponse<String> saved =
        admin.submit(
            "/agents/reminder_management",
            "enabled",
            "true",
            "model",
            "",
            "system_prompt",
            "Keep every reminder short.",
            "tools",
            agent().tools().stream().reduce((a, b) -> a + "\n" + b).orElse(""),
            "max_tool_rounds",
            String.valueOf(agent().maxToolRounds()),
            "max_tokens",
            String.valueOf(agent().maxTokens()),
            "max_run_tokens",
            String.valueOf(agent().maxRunTokens()),
            "wall_time_seconds",
            String.valueOf(agent().wallTimeSeconds()));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("id=\"model-error\">Model: must be a model name, without spaces")
        .contains("id=\"max_tokens-error\">Tokens per reply: must be between 256 and 64000")
        .contains("id=\"tools-error\">Tools: names no operation an agent may call")
        .contains("noSuchOperation")
        .contains("Keep every reminder short.");
    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(agent().customPrompt()).isEqualTo("Keep every reminder short.");
    assertThat(agent().customTools()).isNull();
    AuditEntry change =
        portal
            .concierge()
            .auditLog()
            .list(
                desk.operator(),
                new AuditQuery(EntityType.AGENT, null, null, null, null, null, null),
                new PageRequest(0, 1))
            .items()
            .get(0);
    assertThat(change.fields()).containsExactly("system_prompt");
    assertThat(change.actorName()).isEqualTo("Ada Admin");
  }

  @Test
  void the_audit_log_pages_by_keyset_newest_first_and_refuses_bad_filters_in_place()
      throws IOException, InterruptedException {
    ServedPortal.Desk busy = portal.newDesk("Busy desk", ZoneId.of("America/New_York"));
    for (int i = 0; i < AuditLogPage.PAGE_SIZE + 5; i++) {
      portal
          .concierge()
          .persons()
          .create(busy.operator(), NewPerson.client("Client " + i, ZoneId.of("UTC")));
    }
    HttpVisitor admin = new HttpVisitor(portal).signIn(busy.admin());

    HttpResponse<String> newest = admin.get("/admin/audit-log?entity_type=person&action=create");
    Matcher older =
        Pattern.compile("href=\"(/admin/audit-log\\?[^\"]+after=[^\"]+)\"").matcher(newest.body());
    assertThat(older.find()).isTrue();
    HttpResponse<String> next = admin.get(older.group(1).replace("&amp;", "&"));
    HttpResponse<String> bad =
        admin.get("/admin/audit-log?since=2026-12-10&until=2026-12-01&entity_id=nope");

    assertThat(newest.statusCode()).isEqualTo(200);
    assertThat(count(newest.body(), "<td>create</td>")).isEqualTo(AuditLogPage.PAGE_SIZE);
    assertThat(count(next.body(), "<td>create</td>")).isEqualTo(5);
    assertThat(next.body()).contains("Newest entries").doesNotContain("rel=\"next\"");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body())
        .contains("id=\"entity_id-error\">Entity id: must be an id")
        .contains("value=\"2026-12-10\"");
    HttpResponse<String> backwards =
        admin.get("/admin/audit-log?since=2026-12-10&until=2026-12-01");
    assertThat(backwards.statusCode()).isEqualTo(400);
    assertThat(backwards.body())
        .contains("id=\"until-error\">To (day, included): must be after since");
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  /** A concierge's account in the desk's organization, under an address no other test uses. */
  private static Account account(String name) {
    return portal
        .concierge()
        .accounts()
        .create(
            desk.operator(),
            new NewAccount(
                name.toLowerCase() + "-" + UUID.randomUUID() + "@example.com",
                name,
                ApiRole.CONCIERGE,
                ServedPortal.PASSWORD,
                null));
  }

  private static List<Account> accounts() {
    return portal.concierge().accounts().list(desk.operator(), new PageRequest(0, 500)).items();
  }

  private static List<ApiKey> keys() {
    return portal.concierge().apiKeys().list(desk.operator(), new PageRequest(0, 500)).items();
  }

  private static RosterAgent agent() {
    return portal.concierge().agents().get(desk.operator(), "reminder_management");
  }
}
