package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Authentication, tenancy and CORS of /api/v1. */
class ApiAccessTest {
  private final ApiServer.Tenant tenant = ApiServer.newTenant();

  @Test
  void no_key_is_401_with_a_bearer_challenge() {
    ApiServer.Response response = ApiServer.send("GET", "/api/v1/persons", null, null);

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"concierge\"");
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("status").asInt()).isEqualTo(401);
  }

  @Test
  void a_wrong_malformed_or_non_bearer_key_is_401() {
    String almost = tenant.conciergeKey().substring(0, 20) + "A".repeat(26);

    for (String header :
        new String[] {"Bearer " + almost, "Bearer nonsense", "Basic dXNlcjpwYXNz", "Bearer"}) {
      ApiServer.Response response =
          ApiServer.send("GET", "/api/v1/persons", null, null, "Authorization", header);
      assertThat(response.status()).as(header).isEqualTo(401);
    }
    ApiServer.Response invalid =
        ApiServer.send("GET", "/api/v1/persons", null, null, "Authorization", "Bearer " + almost);
    assertThat(invalid.header("WWW-Authenticate")).contains("invalid_token");
  }

  /**
   * Jetty keeps the header fields of a connection to reuse them; looked up ignoring case, a key
   * that differs from the one just sent only in case arrived as that key, and a real key sent after
   * a refused case variant arrived as the variant. Both ways on one kept-alive connection here.
   */
  @Test
  void a_key_that_differs_only_in_case_is_refused_on_a_connection_that_used_the_real_one() {
    String key = tenant.conciergeKey();
    String upper = key.toUpperCase(java.util.Locale.ROOT);
    String lowerTail = key.substring(0, 3) + key.substring(3).toLowerCase(java.util.Locale.ROOT);

    for (String variant : new String[] {upper, lowerTail}) {
      assertThat(ApiServer.send("GET", "/api/v1/persons", key, null).status()).isEqualTo(200);
      assertThat(ApiServer.send("GET", "/api/v1/persons", variant, null).status())
          .as(variant)
          .isEqualTo(401);
      assertThat(ApiServer.send("GET", "/api/v1/persons", key, null).status()).isEqualTo(200);
    }
  }

  @Test
  void a_revoked_key_stops_working_at_once() {
    var keys = ApiServer.service().apiKeys();
    var issued =
        keys.issue(tenant.orgId(), dev.concierge.core.access.ApiRole.ADMIN, "temp", "test");
    assertThat(ApiServer.send("GET", "/api/v1/persons", issued.secret(), null).status())
        .isEqualTo(200);

    keys.revoke(issued.key().apiKeyId());

    assertThat(ApiServer.send("GET", "/api/v1/persons", issued.secret(), null).status())
        .isEqualTo(401);
  }

  @Test
  void health_stays_public() {
    assertThat(ApiServer.send("GET", "/health", null, null).status()).isEqualTo(200);
  }

  @Test
  void org_id_query_parameter_must_be_the_keys_organization() {
    ApiServer.Tenant other = ApiServer.newTenant();

    assertThat(tenant.get("/api/v1/persons?org_id=" + tenant.orgId()).status()).isEqualTo(200);
    assertThat(tenant.get("/api/v1/persons?org_id=" + other.orgId()).status()).isEqualTo(403);
    ApiServer.Response malformed = tenant.get("/api/v1/persons?org_id=nope");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.errorFields()).containsExactly("org_id");
  }

  @Test
  void another_organizations_ids_are_not_found() {
    ApiServer.Tenant other = ApiServer.newTenant();
    String theirs = other.person("Their Client");

    assertThat(tenant.get("/api/v1/persons/" + theirs).status()).isEqualTo(404);
    assertThat(tenant.put("/api/v1/persons/" + theirs, json("full_name", "Mine now")).status())
        .isEqualTo(404);
    assertThat(tenant.delete("/api/v1/persons/" + theirs).status()).isEqualTo(404);
    assertThat(other.get("/api/v1/persons/" + theirs).json().get("full_name").asText())
        .isEqualTo("Their Client");
    assertThat(tenant.get("/api/v1/persons").json()).isEmpty();
  }

  @Test
  void cors_allows_the_frontend_origin_only() {
    ApiServer.Response allowed =
        ApiServer.send(
            "OPTIONS",
            "/api/v1/persons",
            null,
            null,
            "Origin",
            "http://portal.test",
            "Access-Control-Request-Method",
            "GET",
            "Access-Control-Request-Headers",
            "authorization");
    ApiServer.Response actual =
        ApiServer.send(
            "GET", "/api/v1/persons", tenant.analystKey(), null, "Origin", "http://portal.test");
    ApiServer.Response foreign =
        ApiServer.send(
            "GET", "/api/v1/persons", tenant.analystKey(), null, "Origin", "http://evil.test");

    assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("http://portal.test");
    assertThat(actual.header("Access-Control-Allow-Origin")).isEqualTo("http://portal.test");
    assertThat(actual.header("Access-Control-Expose-Headers")).contains("X-Total-Count");
    assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
  }
}
