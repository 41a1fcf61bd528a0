package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Staff accounts through the whole service: admins manage them, staff sign in for a token and work
 * with it in their role, and a token stops working with its account.
 */
class AccountsApiTest {
  private static final String ACCOUNTS = "/api/v1/accounts";
  private static final String LOGIN = "/api/v1/auth/login";
  private static final String PASSWORD = "correct horse battery staple";

  private final ApiServer.Tenant tenant = ApiServer.newTenant();

  @Test
  void an_admin_creates_a_concierge_who_signs_in_and_works_with_the_token() {
    ApiServer.Response created = create("anna", "concierge");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo(ACCOUNTS + "/" + created.id());
    assertThat(created.json().get("email").asText()).isEqualTo(email("anna"));
    assertThat(created.json().get("role").asText()).isEqualTo("concierge");
    assertThat(created.json().get("is_active").asBoolean()).isTrue();
    assertThat(created.json().get("last_login_at").isNull()).isTrue();
    assertThat(created.json().has("password_hash")).isFalse();
    assertThat(created.body()).doesNotContain(PASSWORD).doesNotContain("argon2");

    ApiServer.Response login = login(email("anna"), PASSWORD);

    assertThat(login.status()).isEqualTo(200);
    assertThat(login.header("Cache-Control")).isEqualTo("no-store");
    assertThat(login.json().get("token_type").asText()).isEqualTo("Bearer");
    assertThat(login.json().get("expires_in").asInt()).isEqualTo(900);
    assertThat(login.json().get("account").get("account_id").asText()).isEqualTo(created.id());
    assertThat(login.json().get("account").get("last_login_at").asText())
        .isEqualTo(ApiServer.NOW.toString());
    String token = login.json().get("access_token").asText();
    assertThat(token.split("\\.")).hasSize(3);

    ApiServer.Response person =
        ApiServer.send(
            "POST", "/api/v1/persons", token, json("full_name", "Sarah", "person_type", "client"));
    ApiServer.Response accounts = ApiServer.send("GET", ACCOUNTS, token, null);

    assertThat(person.status()).isEqualTo(201);
    assertThat(person.json().get("org_id").asText()).isEqualTo(tenant.orgId().toString());
    assertThat(accounts.status()).isEqualTo(403);
  }

  @Test
  void a_message_a_signed_in_staff_member_writes_names_their_account_and_the_audit_log_them() {
    String account = create("marta", "concierge").id();
    String token = token(email("marta"));
    String person =
        tenant.create("/api/v1/persons", json("full_name", "Sarah", "person_type", "client"));
    String conversation =
        tenant.create("/api/v1/conversations", json("person_id", person, "channel_type", "email"));
    String messages = "/api/v1/conversations/" + conversation + "/messages";

    ApiServer.Response byStaff =
        ApiServer.send(
            "POST", messages, token, json("direction", "outbound", "content", "Booked for 8pm."));
    ApiServer.Response byKey =
        tenant.post(messages, json("direction", "outbound", "content", "Confirmed."));
    ApiServer.Response fromClient =
        ApiServer.send(
            "POST",
            messages,
            token,
            json("direction", "inbound", "sender_type", "client", "content", "Thanks!"));
    ApiServer.Response log =
        tenant.asAdmin("GET", "/api/v1/audit-log?entity_id=" + byStaff.id(), null);

    assertThat(byStaff.json().get("sender_account_id").asText()).isEqualTo(account);
    assertThat(byKey.json().get("sender_account_id").isNull()).isTrue();
    assertThat(fromClient.json().get("sender_account_id").isNull()).isTrue();
    assertThat(log.json().get(0).get("actor_type").asText()).isEqualTo("account");
    assertThat(log.json().get(0).get("actor_id").asText()).isEqualTo(account);
    assertThat(log.json().get(0).get("actor_role").asText()).isEqualTo("concierge");
  }

  @Test
  void an_analysts_token_reads_but_cannot_write() {
    create("ada", "analyst");
    String token = token(email("ada"));

    assertThat(ApiServer.send("GET", "/api/v1/persons", token, null).status()).isEqualTo(200);
    assertThat(
            ApiServer.send(
                    "POST",
                    "/api/v1/persons",
                    token,
                    json("full_name", "Nope", "person_type", "client"))
                .status())
        .isEqualTo(403);
  }

  @Test
  void an_admins_token_manages_accounts_and_the_email_address_is_case_insensitive() {
    create("boss", "admin");
    String token = token(email("BOSS"));

    ApiServer.Response created =
        ApiServer.send(
            "POST",
            ACCOUNTS,
            token,
            json(
                "email",
                email("cal"),
                "display_name",
                "Cal",
                "role",
                "analyst",
                "password",
                PASSWORD));

    assertThat(created.status()).isEqualTo(201);
    assertThat(ApiServer.send("GET", ACCOUNTS, token, null).header("X-Total-Count")).isEqualTo("2");
  }

  @Test
  void a_deactivated_or_deleted_accounts_token_stops_working_at_once() {
    String id = create("dan", "concierge").id();
    String token = token(email("dan"));
    assertThat(ApiServer.send("GET", "/api/v1/persons", token, null).status()).isEqualTo(200);

    ApiServer.Response deactivated =
        tenant.asAdmin("PUT", ACCOUNTS + "/" + id, json("is_active", false));

    assertThat(deactivated.status()).isEqualTo(200);
    assertThat(deactivated.json().get("is_active").asBoolean()).isFalse();
    ApiServer.Response refused = ApiServer.send("GET", "/api/v1/persons", token, null);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.header("WWW-Authenticate")).contains("invalid_token");
    assertThat(login(email("dan"), PASSWORD).status()).isEqualTo(401);

    String eveId = create("eve", "concierge").id();
    String eves = token(email("eve"));
    assertThat(tenant.asAdmin("DELETE", ACCOUNTS + "/" + eveId, null).status()).isEqualTo(204);
    assertThat(ApiServer.send("GET", "/api/v1/persons", eves, null).status()).isEqualTo(401);
    assertThat(tenant.asAdmin("GET", ACCOUNTS + "/" + eveId, null).status()).isEqualTo(404);
  }

  @Test
  void a_role_change_applies_to_tokens_already_issued() {
    String id = create("fay", "concierge").id();
    String token = token(email("fay"));

    tenant.asAdmin("PUT", ACCOUNTS + "/" + id, json("role", "analyst"));

    assertThat(
            ApiServer.send(
                    "POST",
                    "/api/v1/persons",
                    token,
                    json("full_name", "Nope", "person_type", "client"))
                .status())
        .isEqualTo(403);
  }

  @Test
  void a_wrong_password_an_unknown_address_and_an_inactive_account_get_one_answer() {
    String id = create("gus", "concierge").id();
    create("hal", "concierge");
    tenant.asAdmin("PUT", ACCOUNTS + "/" + id, json("is_active", false));

    ApiServer.Response wrong = login(email("hal"), PASSWORD + "!");
    ApiServer.Response unknown = login(email("nobody"), PASSWORD);
    ApiServer.Response inactive = login(email("gus"), PASSWORD);

    for (ApiServer.Response response : new ApiServer.Response[] {wrong, unknown, inactive}) {
      assertThat(response.status()).isEqualTo(401);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertThat(response.json().get("detail").asText())
          .isEqualTo(wrong.json().get("detail").asText());
    }
  }

  @Test
  void the_sign_in_body_is_strict_and_credentials_never_go_in_the_url() {
    create("ivy", "concierge");

    ApiServer.Response extra =
        send(LOGIN, json("email", email("ivy"), "password", PASSWORD, "remember_me", true));
    ApiServer.Response missing = send(LOGIN, json("email", email("ivy")));
    ApiServer.Response wrongType = send(LOGIN, json("email", email("ivy"), "password", 42));
    ApiServer.Response broken = send(LOGIN, "{\"email\":");
    ApiServer.Response inQuery =
        ApiServer.send(
            "POST",
            LOGIN + "?password=" + PASSWORD.replace(' ', '+'),
            null,
            json("email", email("ivy"), "password", PASSWORD));

    assertThat(extra.status()).isEqualTo(400);
    assertThat(extra.errorFields()).containsExactly("remember_me");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.errorFields()).containsExactly("password");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.errorFields()).containsExactly("password");
    assertThat(broken.status()).isEqualTo(400);
    assertThat(inQuery.status()).isEqualTo(400);
    assertThat(inQuery.errorFields()).containsExactly("password");
  }

  @Test
  void forged_expired_and_foreign_tokens_are_refused() {
    String id = create("jon", "admin").id();
    String token = token(email("jon"));
    String[] parts = token.split("\\.");
    Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
    String none =
        base64url.encodeToString(
                "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[1]
            + ".";
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String tampered =
        parts[0]
            + "."
            + base64url.encodeToString(
                payload
                    .replace(tenant.orgId().toString(), UUID.randomUUID().toString())
                    .getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    Algorithm ours = Algorithm.HMAC256(ServedApi.JWT_SECRET);
    String expired = signed(ours, id, tenant.orgId().toString(), Duration.ofHours(-1));
    String otherSecret =
        signed(
            Algorithm.HMAC256("not the secret of this service, but long enough"),
            id,
            tenant.orgId().toString(),
            Duration.ofMinutes(10));
    ApiServer.Tenant other = ApiServer.newTenant();
    String otherOrg = signed(ours, id, other.orgId().toString(), Duration.ofMinutes(10));
    String valid = signed(ours, id, tenant.orgId().toString(), Duration.ofMinutes(10));

    for (String forged : new String[] {none, tampered, expired, otherSecret, otherOrg}) {
      assertThat(ApiServer.send("GET", "/api/v1/persons", forged, null).status())
          .as(forged)
          .isEqualTo(401);
    }
    // the same claims, properly signed: the checks above refused the forgery, not the claims
    assertThat(ApiServer.send("GET", "/api/v1/persons", valid, null).status()).isEqualTo(200);
  }

  @Test
  void accounts_are_admin_only_unique_per_installation_and_validated() {
    String id = create("kai", "concierge").id();
    ApiServer.Tenant other = ApiServer.newTenant();

    ApiServer.Response duplicate =
        other.asAdmin(
            "POST",
            ACCOUNTS,
            json(
                "email",
                email("KAI"),
                "display_name",
                "Kai",
                "role",
                "concierge",
                "password",
                PASSWORD));
    ApiServer.Response weak =
        tenant.asAdmin(
            "POST",
            ACCOUNTS,
            json(
                "email", "not-an-address",
                "display_name", "Weak",
                "role", "analyst",
                "password", "short"));
    ApiServer.Response sameAsEmail =
        tenant.asAdmin(
            "POST",
            ACCOUNTS,
            json(
                "email",
                email("lea"),
                "display_name",
                "Lea",
                "role",
                "analyst",
                "password",
                email("lea")));

    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.errorFields()).containsExactlyInAnyOrder("email", "password");
    assertThat(sameAsEmail.status()).isEqualTo(400);
    assertThat(sameAsEmail.errorFields()).containsExactly("password");
    assertThat(tenant.get(ACCOUNTS).status()).isEqualTo(403);
    assertThat(tenant.asAnalyst("GET", ACCOUNTS + "/" + id, null).status()).isEqualTo(403);
    assertThat(tenant.put(ACCOUNTS + "/" + id, json("role", "admin")).status()).isEqualTo(403);
    assertThat(other.asAdmin("GET", ACCOUNTS + "/" + id, null).status()).isEqualTo(404);
    assertThat(other.asAdmin("DELETE", ACCOUNTS + "/" + id, null).status()).isEqualTo(404);

    ApiServer.Response one = tenant.asAdmin("GET", ACCOUNTS + "/" + id, null);
    ApiServer.Response list = tenant.asAdmin("GET", ACCOUNTS, null);
    ApiServer.Response renamed =
        tenant.asAdmin("PUT", ACCOUNTS + "/" + id, json("display_name", "Kai K."));
    assertThat(one.json().get("display_name").asText()).isEqualTo("Kai");
    assertThat(list.header("X-Total-Count")).isEqualTo("1");
    assertThat(renamed.json().get("display_name").asText()).isEqualTo("Kai K.");
    assertThat(renamed.json().get("role").asText()).isEqualTo("concierge");
  }

  @Test
  void the_last_active_admin_account_cannot_step_down_but_another_admin_can_be_made_first() {
    String id = create("max", "admin").id();
    String token = token(email("max"));

    ApiServer.Response demote =
        ApiServer.send("PUT", ACCOUNTS + "/" + id, token, json("role", "concierge"));
    ApiServer.Response delete = ApiServer.send("DELETE", ACCOUNTS + "/" + id, token, null);

    assertThat(demote.status()).isEqualTo(409);
    assertThat(demote.json().get("detail").asText()).contains("last active admin");
    assertThat(delete.status()).isEqualTo(409);

    create("ned", "admin");
    assertThat(
            ApiServer.send("PUT", ACCOUNTS + "/" + id, token, json("role", "concierge")).status())
        .isEqualTo(200);
  }

  @Test
  void a_password_change_takes_the_new_password_only() {
    String id = create("ola", "concierge").id();

    ApiServer.Response changed =
        tenant.asAdmin("PUT", ACCOUNTS + "/" + id, json("password", "a brand new passphrase"));

    assertThat(changed.status()).isEqualTo(200);
    assertThat(login(email("ola"), PASSWORD).status()).isEqualTo(401);
    assertThat(login(email("ola"), "a brand new passphrase").status()).isEqualTo(200);
  }

  @Test
  void projects_and_tasks_are_assigned_to_active_accounts_of_the_organization_only() {
    String person = tenant.person("Client");
    String active = create("pia", "concierge").id();
    String inactive = create("quin", "concierge").id();
    tenant.asAdmin("PUT", ACCOUNTS + "/" + inactive, json("is_active", false));
    ApiServer.Tenant other = ApiServer.newTenant();
    String theirs =
        other
            .asAdmin(
                "POST",
                ACCOUNTS,
                json(
                    "email",
                    "theirs@" + other.orgId() + ".example.com",
                    "display_name",
                    "Theirs",
                    "role",
                    "concierge",
                    "password",
                    PASSWORD))
            .id();

    ApiServer.Response assigned =
        tenant.post(
            "/api/v1/projects",
            json("person_id", person, "title", "Gala", "assigned_to_account_id", active));
    String project = assigned.id();
    for (String refused : new String[] {inactive, theirs}) {
      ApiServer.Response response =
          tenant.post(
              "/api/v1/projects",
              json("person_id", person, "title", "Gala", "assigned_to_account_id", refused));
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.errorFields()).containsExactly("assigned_to_account_id");
      ApiServer.Response task =
          tenant.post(
              "/api/v1/projects/" + project + "/tasks",
              json("title", "Call", "assigned_to_account_id", refused));
      assertThat(task.status()).isEqualTo(400);
      assertThat(task.errorFields()).containsExactly("assigned_to_account_id");
    }
    assertThat(assigned.status()).isEqualTo(201);
    assertThat(assigned.json().get("assigned_to_account_id").asText()).isEqualTo(active);

    // an assignee who has left since stays until someone reassigns the work
    tenant.asAdmin("PUT", ACCOUNTS + "/" + active, json("is_active", false));
    ApiServer.Response renamed =
        tenant.put("/api/v1/projects/" + project, json("title", "Winter gala"));
    assertThat(renamed.status()).isEqualTo(200);
    assertThat(renamed.json().get("assigned_to_account_id").asText()).isEqualTo(active);
  }

  // ---------------------------------------------------------------------------------------------

  /** An address unique to this test's organization (addresses are unique per installation). */
  private String email(String name) {
    return name + "@" + tenant.orgId() + ".example.com";
  }

  private ApiServer.Response create(String name, String role) {
    ApiServer.Response created =
        tenant.asAdmin(
            "POST",
            ACCOUNTS,
            json(
                "email",
                email(name),
                "display_name",
                name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1),
                "role",
                role,
                "password",
                PASSWORD));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created;
  }

  private String token(String email) {
    ApiServer.Response login = login(email, PASSWORD);
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    return login.json().get("access_token").asText();
  }

  private static ApiServer.Response login(String email, String password) {
    return send(LOGIN, json("email", email, "password", password));
  }

  private static ApiServer.Response send(String path, String body) {
    return ApiServer.send("POST", path, null, body);
  }

  private static String signed(Algorithm algorithm, String accountId, String orgId, Duration in) {
    return JWT.create()
        .withIssuer("concierge")
        .withSubject(accountId)
        .withClaim("org_id", orgId)
        .withClaim("role", "admin")
        .withClaim("name", "Forged")
        .withIssuedAt(ApiServer.NOW.plus(in).minus(Duration.ofMinutes(15)))
        .withExpiresAt(ApiServer.NOW.plus(in))
        .withJWTId(UUID.randomUUID().toString())
        .sign(algorithm);
  }
}
