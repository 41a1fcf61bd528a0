package dev.concierge.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.http.RateLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The rate limits through the whole service, on a server of each test's own with small limits and a
 * monotonic clock the test moves by hand: a burst of 3 per key, one more each second, and 2 invalid
 * keys, tokens or passwords per minute from an address (every request here comes from 127.0.0.1).
 */
class ApiRateLimitTest {
  private static final String PERSONS = "/api/v1/persons";

  private final AtomicLong nanoTime = new AtomicLong(1_000_000_000L);
  private final ServedApi server =
      ServedApi.start(
          Clock.fixed(ApiServer.NOW, ZoneOffset.UTC), new RateLimits(1, 3, 2), nanoTime::get);
  private final ApiServer.Tenant tenant = ApiServer.newTenant();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void a_key_beyond_its_burst_gets_a_429_problem_saying_when_to_retry() {
    for (int left = 2; left >= 0; left--) {
      ApiServer.Response allowed = get(tenant.conciergeKey());
      assertThat(allowed.status()).isEqualTo(200);
      assertThat(allowed.header("RateLimit-Limit")).isEqualTo("3");
      assertThat(allowed.header("RateLimit-Remaining")).isEqualTo(Integer.toString(left));
    }

    ApiServer.Response refused = get(tenant.conciergeKey());

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.header("Retry-After")).isEqualTo("1");
    assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
    assertThat(refused.json().get("type").asText()).endsWith("/too-many-requests");
    assertThat(refused.json().get("title").asText()).isEqualTo("Too Many Requests");
    assertThat(refused.json().get("status").asInt()).isEqualTo(429);
    assertThat(refused.json().get("detail").asText()).contains("API key", "3 at once, 1 a second");
  }

  @Test
  void another_key_is_unaffected_and_the_limited_one_earns_requests_back() {
    for (int i = 0; i < 3; i++) {
      get(tenant.conciergeKey());
    }
    assertThat(get(tenant.conciergeKey()).status()).isEqualTo(429);

    assertThat(get(tenant.adminKey()).status()).isEqualTo(200);
    assertThat(get(tenant.analystKey()).status()).isEqualTo(200);

    advance(Duration.ofSeconds(1));
    assertThat(get(tenant.conciergeKey()).status()).isEqualTo(200);
    assertThat(get(tenant.conciergeKey()).status()).isEqualTo(429);
  }

  @Test
  void invalid_keys_from_one_address_get_it_refused_even_with_a_valid_key_for_a_while() {
    String wrong = tenant.conciergeKey().substring(0, 20) + "A".repeat(26);
    assertThat(get(wrong).status()).isEqualTo(401);
    assertThat(get("nonsense").status()).isEqualTo(401);

    ApiServer.Response blocked = get(wrong);
    ApiServer.Response valid = get(tenant.conciergeKey());

    assertThat(blocked.status()).isEqualTo(429);
    assertThat(blocked.header("Retry-After")).isEqualTo("30");
    assertThat(blocked.json().get("title").asText()).isEqualTo("Too Many Requests");
    assertThat(blocked.json().get("detail").asText()).contains("invalid API key");
    // answering a valid key here would tell a prober which guess was right
    assertThat(valid.status()).isEqualTo(429);
    assertThat(valid.header("Retry-After")).isEqualTo("30");
    // no key at all is no guess, and still just 401
    assertThat(get(null).status()).isEqualTo(401);

    advance(Duration.ofSeconds(29));
    assertThat(get(tenant.conciergeKey()).status()).isEqualTo(429);
    advance(Duration.ofSeconds(1));
    assertThat(get(tenant.conciergeKey()).status()).isEqualTo(200);
    assertThat(get(wrong).status()).isEqualTo(401);
    assertThat(get(tenant.adminKey()).status()).isEqualTo(429);
  }

  @Test
  void wrong_passwords_spend_the_address_allowance_and_then_even_the_right_one_waits() {
    String email = "rate@" + tenant.orgId() + ".example.com";
    String password = "the right passphrase";
    ApiServer.Response created =
        ApiServer.sendTo(
            server.port(),
            "POST",
            "/api/v1/accounts",
            tenant.adminKey(),
            ApiServer.json(
                "email", email, "display_name", "Rate", "role", "concierge", "password", password));
    assertThat(created.status()).isEqualTo(201);

    assertThat(login(email, "a wrong passphrase").status()).isEqualTo(401);
    assertThat(login("nobody@example.com", password).status()).isEqualTo(401);
    ApiServer.Response blocked = login(email, password);

    assertThat(blocked.status()).isEqualTo(429);
    assertThat(blocked.header("Retry-After")).isEqualTo("30");
    assertThat(blocked.json().get("detail").asText()).contains("password");
    assertThat(get(tenant.conciergeKey()).status()).isEqualTo(429);
    advance(Duration.ofSeconds(30));
    assertThat(login(email, password).status()).isEqualTo(200);
  }

  @Test
  void an_invalid_access_token_is_a_failed_authentication_too() {
    assertThat(get("eyJhbGciOiJub25lIn0.e30.").status()).isEqualTo(401);
    assertThat(get("a.b.c").status()).isEqualTo(401);

    assertThat(get(tenant.conciergeKey()).status()).isEqualTo(429);
  }

  @Test
  void successful_requests_spend_nothing_of_the_address_allowance() {
    for (String key : new String[] {tenant.adminKey(), tenant.conciergeKey()}) {
      for (int i = 0; i < 3; i++) {
        assertThat(get(key).status()).isEqualTo(200);
      }
    }

    assertThat(get("nonsense").status()).isEqualTo(401);
    assertThat(get("nonsense").status()).isEqualTo(401);
    assertThat(get(tenant.analystKey()).status()).isEqualTo(429);
  }

  @Test
  void health_and_the_documentation_are_never_limited() {
    for (int i = 0; i < 4; i++) {
      get(tenant.conciergeKey());
      get("nonsense");
    }
    assertThat(get(tenant.conciergeKey()).status()).isEqualTo(429);

    for (int i = 0; i < 5; i++) {
      for (String path : new String[] {"/health", "/openapi.json", "/docs"}) {
        assertThat(send(path, tenant.conciergeKey()).status()).as(path).isEqualTo(200);
      }
    }
  }

  private ApiServer.Response login(String email, String password) {
    return ApiServer.sendTo(
        server.port(),
        "POST",
        "/api/v1/auth/login",
        null,
        ApiServer.json("email", email, "password", password));
  }

  private ApiServer.Response get(String key) {
    return send(PERSONS, key);
  }

  private ApiServer.Response send(String path, String key) {
    return ApiServer.sendTo(server.port(), "GET", path, key, null);
  }

  private void advance(Duration by) {
    nanoTime.addAndGet(by.toNanos());
  }
}
