package dev.concierge.cli;

import static dev.concierge.cli.ConciergeAdminTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.concierge.cli.ConciergeAdminTest.Run;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.organization.Organization;
import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.persistence.PoolSettings;
import dev.concierge.persistence.PostgresDatabase;
import dev.concierge.persistence.testing.SharedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reminder through the real service, the real Slack SDK and a Slack that fails and recovers:
 * retries, then failed, then a manual retry through the API that delivers it — all visible in the
 * reminder's history.
 */
class ReminderDeliveryEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final AtomicBoolean slackUp = new AtomicBoolean(false);
  private final List<String> posts = new CopyOnWriteArrayList<>();
  private HttpServer slack;
  private PostgresDatabase database;
  private RunningService service;
  private Map<String, String> env;
  private String key;

  @BeforeEach
  void start() throws IOException {
    slack = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    slack.createContext(
        "/api/chat.postMessage",
        exchange -> {
          posts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          byte[] body =
              (slackUp.get()
                      ? "{\"ok\":true,\"channel\":\"D0SARAH\",\"ts\":\"1764000000.000100\"}"
                      : "{\"ok\":false,\"error\":\"internal_error\"}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    slack.start();
    DatabaseUrl url = SharedPostgres.freshDatabase();
    database = PostgresDatabase.open(url, PoolSettings.DEFAULT);
    service = TestServices.startOn(database);
    key =
        service.apiKeys().issue(Organization.DEFAULT_ID, ApiRole.CONCIERGE, "e2e", "test").secret();
    env =
        Map.of(
            "DATABASE_URL", url.jdbcUrl() + "?user=postgres",
            "SLACK_BOT_TOKEN", "xoxb-e2e-token",
            "SLACK_API_URL", "http://127.0.0.1:" + slack.getAddress().getPort() + "/api/",
            "REMINDER_MAX_ATTEMPTS", "2",
            "REMINDER_RETRY_DELAY", "0s");
  }

  @AfterEach
  void stop() {
    service.close();
    database.close();
    slack.stop(0);
  }

  @Test
  void a_failing_provider_leads_to_retries_then_failed_then_a_manual_retry_delivers() {
    String person =
        post(
                "/api/v1/persons",
                Map.of(
                    "full_name", "Sarah Chen",
                    "person_type", "client",
                    "timezone", "America/New_York"))
            .get("person_id")
            .asText();
    post(
        "/api/v1/persons/" + person + "/comm-identities",
        Map.of("channel_type", "slack", "identity_value", "U0SARAH"));
    String reminder =
        post(
                "/api/v1/reminders",
                Map.of(
                    "person_id",
                    person,
                    "reminder_type",
                    "scheduled",
                    "scheduled_datetime",
                    Instant.now().minusSeconds(60).toString(),
                    "channel_type",
                    "slack"))
            .get("reminder_rule_id")
            .asText();

    Run whileDown = run(env, "reminders", "dispatch", "--until-idle");
    JsonNode failed = get("/api/v1/reminders/" + reminder);
    JsonNode failedHistory = get("/api/v1/reminders/" + reminder + "/history");
    slackUp.set(true);
    JsonNode retried = post("/api/v1/reminders/" + reminder + "/retry", Map.of());
    Run whileUp = run(env, "reminders", "dispatch", "--until-idle");
    JsonNode sent = get("/api/v1/reminders/" + reminder);
    JsonNode history = get("/api/v1/reminders/" + reminder + "/history");

    assertThat(whileDown.out()).as(whileDown.err()).startsWith("dispatched=0 failed=1 retrying=1");
    assertThat(failed.get("status").asText()).isEqualTo("failed");
    assertThat(failedHistory).hasSize(2);
    assertThat(failedHistory.findValuesAsText("status")).containsOnly("failed_transient");
    assertThat(failedHistory.findValuesAsText("error_code")).containsOnly("internal_error");
    assertThat(retried.get("status").asText()).isEqualTo("pending");
    assertThat(retried.get("metadata_jsonb").get("manually_retried").asBoolean()).isTrue();
    assertThat(whileUp.out()).startsWith("dispatched=1 failed=0");
    assertThat(sent.get("status").asText()).isEqualTo("sent");
    assertThat(history).hasSize(3);
    assertThat(history.get(0).get("status").asText()).isEqualTo("delivered");
    assertThat(history.get(0).get("provider").asText()).isEqualTo("slack");
    assertThat(history.get(0).get("provider_message_id").asText()).contains("1764000000.000100");
    assertThat(history.get(0).get("rendered_message").asText()).contains("Hi Sarah");
    assertThat(posts).hasSize(3);
    assertThat(posts.get(2)).contains("channel=U0SARAH");
  }

  private JsonNode get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), 200);
  }

  private JsonNode post(String path, Map<String, ?> body) {
    try {
      String json = JSON.writeValueAsString(body);
      int expected = path.endsWith("/retry") ? 200 : 201;
      return send(
          HttpRequest.newBuilder(uri(path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json)),
          expected);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode send(HttpRequest.Builder request, int expectedStatus) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              request.header("Authorization", "Bearer " + key).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + service.port() + path);
  }
}
