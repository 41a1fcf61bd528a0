package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** /api/v1/api-keys: an admin issues, lists and revokes its own organization's keys. */
class ApiKeysApiTest {
  private final ApiServer.Tenant tenant = ApiServer.newTenant();

  @Test
  void an_issued_key_is_shown_once_works_with_its_role_and_stops_when_revoked() {
    ApiServer.Response issued =
        tenant.asAdmin("POST", "/api/v1/api-keys", json("name", "Portal sync", "role", "analyst"));
    assertThat(issued.status()).isEqualTo(201);
    assertThat(issued.header("Cache-Control")).isEqualTo("no-store");
    String secret = issued.json().get("key").asText();
    String id = issued.id();
    assertThat(secret).startsWith(issued.json().get("key_prefix").asText());
    assertThat(issued.json().get("created_by").asText()).isEqualTo("api_key:admin");

    assertThat(ApiServer.send("GET", "/api/v1/persons", secret, null).status()).isEqualTo(200);
    assertThat(ApiServer.send("POST", "/api/v1/persons", secret, json("full_name", "X")).status())
        .isEqualTo(403);
    ApiServer.Response listed = tenant.asAdmin("GET", "/api/v1/api-keys", null);
    assertThat(listed.body()).contains(id).doesNotContain(secret).doesNotContain("\"key\"");
    assertThat(listed.header("X-Total-Count")).isEqualTo("4");
    assertThat(tenant.asAdmin("GET", "/api/v1/api-keys/" + id, null).json().has("key")).isFalse();

    assertThat(tenant.asAdmin("DELETE", "/api/v1/api-keys/" + id, null).status()).isEqualTo(204);

    assertThat(ApiServer.send("GET", "/api/v1/persons", secret, null).status()).isEqualTo(401);
    assertThat(tenant.asAdmin("GET", "/api/v1/api-keys/" + id, null).json().get("revoked_at"))
        .isNotNull();
  }

  @Test
  void issuing_revoking_and_managing_accounts_are_in_the_audit_log_without_secrets() {
    ApiServer.Response issued =
        tenant.asAdmin("POST", "/api/v1/api-keys", json("name", "Audited", "role", "concierge"));
    String id = issued.id();
    tenant.asAdmin("DELETE", "/api/v1/api-keys/" + id, null);
    String password = "a long enough passphrase 42";
    String account =
        tenant
            .asAdmin(
                "POST",
                "/api/v1/accounts",
                json(
                    "email",
                    "audited-" + id + "@example.com",
                    "display_name",
                    "Audited Staff",
                    "role",
                    "analyst",
                    "password",
                    password))
            .id();
    tenant.asAdmin("PUT", "/api/v1/accounts/" + account, json("role", "concierge"));

    ApiServer.Response keys = tenant.asAdmin("GET", "/api/v1/audit-log?entity_id=" + id, null);
    ApiServer.Response accounts =
        tenant.asAdmin("GET", "/api/v1/audit-log?entity_type=account&entity_id=" + account, null);

    assertThat(keys.json().findValuesAsText("action")).containsExactly("delete", "create");
    assertThat(keys.json().get(1).get("entity_type").asText()).isEqualTo("api_key");
    assertThat(keys.json().get(1).get("actor_type").asText()).isEqualTo("api_key");
    assertThat(keys.json().get(1).get("actor_role").asText()).isEqualTo("admin");
    assertThat(keys.body()).doesNotContain(issued.json().get("key").asText());
    assertThat(accounts.json().findValuesAsText("action")).containsExactly("update", "create");
    assertThat(accounts.json().get(0).get("changes_jsonb").get("fields").toString())
        .isEqualTo("[\"role\"]");
    assertThat(accounts.json().get(1).get("changes_jsonb").get("fields").toString())
        .contains("\"email\"", "\"password\"");
    assertThat(accounts.body()).doesNotContain(password);
  }

  @Test
  void only_admins_manage_keys_and_only_their_own_organizations() {
    ApiServer.Tenant other = ApiServer.newTenant();
    String theirs =
        other.asAdmin("POST", "/api/v1/api-keys", json("name", "Theirs", "role", "admin")).id();

    assertThat(tenant.get("/api/v1/api-keys").status()).isEqualTo(403);
    assertThat(tenant.post("/api/v1/api-keys", json("name", "Mine", "role", "admin")).status())
        .isEqualTo(403);
    assertThat(tenant.asAdmin("DELETE", "/api/v1/api-keys/" + theirs, null).status())
        .isEqualTo(404);
    assertThat(tenant.asAdmin("GET", "/api/v1/api-keys", null).body()).doesNotContain(theirs);
    assertThat(
            other
                .asAdmin("GET", "/api/v1/api-keys/" + theirs, null)
                .json()
                .get("revoked_at")
                .isNull())
        .isTrue();
  }

  @Test
  void a_key_needs_a_name_and_a_known_role() {
    ApiServer.Response noRole = tenant.asAdmin("POST", "/api/v1/api-keys", json("name", "X"));
    ApiServer.Response badRole =
        tenant.asAdmin("POST", "/api/v1/api-keys", json("name", "X", "role", "owner"));

    assertThat(noRole.status()).isEqualTo(400);
    assertThat(noRole.errorFields()).containsExactly("role");
    assertThat(badRole.status()).isEqualTo(400);
    assertThat(badRole.errorFields()).containsExactly("role");
  }
}
