package dev.concierge.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.library.Concierge;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Requests the service writes to itself: the one-time credential is accepted from the in-process
 * connector alone, and nothing else is accepted there. On the real composition and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InProcessCallsTest {
  private static final int BURST = 5;
  private final HttpClient client = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private Concierge concierge;
  private HttpServer server;
  private Caller caller;

  @BeforeAll
  void start() {
    concierge =
        Concierge.builder()
            .database(SharedPostgres.migrated())
            .migrate(false)
            .clock(Clock.systemUTC())
            .applicationVersion("in-process-test")
            .build();
    // the buckets never refill: the clock they refill by stands still
    server =
        new HttpServer(
                new HttpSettings(
                    "127.0.0.1",
                    0,
                    HttpSettings.ONE_MEGABYTE,
                    false,
                    null,
                    new RateLimits(1, BURST, 10)),
                concierge.health(),
                concierge,
                null,
                () -> 0L)
            .start();
    UUID org = TestOrganizations.create(SharedPostgres.migrated().jdbi(), "In-process calls");
    caller = Caller.apiKey(UUID.randomUUID(), org, "the chat's key", ApiRole.CONCIERGE);
  }

  @AfterAll
  void stop() {
    server.stop();
    concierge.close();
  }

  @Test
  void a_live_credential_sent_over_the_network_is_refused_and_still_works_in_process_once()
      throws Exception {
    InProcessCalls calls = server.inProcessCalls();
    String credential = calls.credentials().issue(caller);

    HttpResponse<String> overTcp = overTcp("/api/v1/organization", credential, null);
    InProcessCalls.Answer inProcess =
        calls.exchange(credential, "GET", "/api/v1/organization", null, "agent-in-process-1");
    InProcessCalls.Answer again =
        calls.exchange(credential, "GET", "/api/v1/organization", null, "agent-in-process-2");

    assertThat(overTcp.statusCode()).isEqualTo(401);
    assertThat(overTcp.headers().firstValue("Content-Type").orElseThrow())
        .startsWith(Problem.MEDIA_TYPE);
    assertThat(json.readTree(overTcp.body()).path("detail").asText())
        .isEqualTo("The credential is missing or invalid.");
    assertThat(inProcess.status()).isEqualTo(200);
    assertThat(json.readTree(inProcess.body()).path("org_id").asText())
        .isEqualTo(caller.orgId().toString());
    assertThat(again.status()).as("a credential is good for one request").isEqualTo(401);
  }

  @Test
  void a_credential_of_the_in_process_form_over_the_network_is_refused_like_a_bad_key()
      throws Exception {
    HttpResponse<String> forged =
        overTcp("/api/v1/organization", InProcessCredentials.PREFIX + "forged", null);

    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(forged.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer realm=\"concierge\", error=\"invalid_token\"");
  }

  @Test
  void an_api_key_is_not_accepted_through_the_in_process_connector() {
    String key = concierge.apiKeys().issue(caller.orgId(), ApiRole.ADMIN, "a key", "test").secret();

    InProcessCalls.Answer answer =
        server.inProcessCalls().exchange(key, "GET", "/api/v1/organization", null, "agent-key-1");

    assertThat(answer.status()).isEqualTo(401);
  }

  @Test
  void a_call_runs_as_its_caller_with_the_assistants_request_id() throws Exception {
    InProcessCalls.Answer answer =
        server
            .inProcessCalls()
            .send(
                caller,
                "POST",
                "/api/v1/persons",
                "{\"full_name\":\"Ada\",\"person_type\":\"client\"}"
                    .getBytes(StandardCharsets.UTF_8),
                "agent-chat-request-7");

    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.location()).startsWith("/api/v1/persons/");
    String recorded =
        SharedPostgres.migrated()
            .jdbi()
            .withHandle(
                handle ->
                    handle
                        .createQuery(
                            "select actor_type || ' ' || actor_id || ' ' || request_id"
                                + " from audit_log where org_id = :org and action = 'create'")
                        .bind("org", caller.orgId())
                        .mapTo(String.class)
                        .one());
    assertThat(recorded).isEqualTo("api_key " + caller.actorId() + " agent-chat-request-7");
  }

  @Test
  void the_callers_rate_limit_counts_the_calls_made_in_process() throws Exception {
    Caller busy = Caller.apiKey(UUID.randomUUID(), caller.orgId(), "busy key", ApiRole.ANALYST);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i <= BURST; i++) {
      statuses.add(organization(busy).status());
    }

    assertThat(statuses.subList(0, BURST)).containsOnly(200);
    InProcessCalls.Answer refused = organization(busy);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(json.readTree(refused.body()).path("detail").asText())
        .startsWith("This API key has made more requests than the server allows");
  }

  @Test
  void an_operator_at_the_command_line_has_no_id_and_so_no_bucket() {
    Caller operator = Caller.operator(caller.orgId(), "ops");

    for (int i = 0; i <= BURST * 2; i++) {
      assertThat(organization(operator).status()).isEqualTo(200);
    }
  }

  private InProcessCalls.Answer organization(Caller as) {
    return server.inProcessCalls().send(as, "GET", "/api/v1/organization", null, "agent-busy-1");
  }

  @Test
  void only_the_in_process_connector_may_send_a_request_id_of_the_assistant() throws Exception {
    HttpResponse<String> borrowed = overTcp("/health", null, "agent-borrowed-id");
    HttpResponse<String> ordinary = overTcp("/health", null, "client-chosen-id");

    assertThat(borrowed.headers().firstValue("X-Request-Id")).isNotEqualTo("agent-borrowed-id");
    assertThat(borrowed.headers().firstValue("X-Request-Id").orElseThrow())
        .doesNotStartWith("agent-");
    assertThat(ordinary.headers().firstValue("X-Request-Id")).hasValue("client-chosen-id");
  }

  private HttpResponse<String> overTcp(String path, String credential, String requestId)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET();
    if (credential != null) {
      request.header("Authorization", "Bearer " + credential);
    }
    if (requestId != null) {
      request.header("X-Request-Id", requestId);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
