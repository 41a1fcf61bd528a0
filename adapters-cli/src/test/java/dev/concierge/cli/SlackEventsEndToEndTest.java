package dev.concierge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.concierge.core.access.ApiRole;
import dev.concierge.persistence.PoolSettings;
import dev.concierge.persistence.PostgresDatabase;
import dev.concierge.persistence.testing.SharedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slack's HTTP events mode through the whole service: {@code POST /api/v1/webhooks/slack} on the
 * real server, signed as Slack signs, answered by the real Slack SDK against a Slack Web API on
 * 127.0.0.1, and what it stored read back through the API.
 */
class SlackEventsEndToEndTest {
  private static final String SECRET = "the end-to-end test signs with this";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final List<String> posts = new CopyOnWriteArrayList<>();
  private HttpServer slack;
  private PostgresDatabase database;
  private RunningService service;
  private String key;

  @BeforeEach
  void start() throws IOException {
    slack = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    slack.createContext(
        "/api/",
        exchange -> {
          String method = exchange.getRequestURI().getPath().substring("/api/".length());
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          if (method.equals("chat.postMessage")) {
            posts.add(body);
          }
          byte[] answer =
              (method.equals("auth.test")
                      ? "{\"ok\":true,\"team_id\":\"T0E2E\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}"
                      : "{\"ok\":true,\"channel\":\"D0SARAH\",\"ts\":\"1764000000.000200\"}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, answer.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
          }
        });
    slack.start();
    database = PostgresDatabase.open(SharedPostgres.freshDatabase(), PoolSettings.DEFAULT);
    service =
        TestServices.startOn(
            database,
            Map.of(
                "SLACK_BOT_TOKEN",
                "xoxb-e2e-token",
                "SLACK_SIGNING_SECRET",
                SECRET,
                "SLACK_API_URL",
                "http://127.0.0.1:" + slack.getAddress().getPort() + "/api/"));
    key =
        service
            .apiKeys()
            .issue(
                dev.concierge.core.organization.Organization.DEFAULT_ID,
                ApiRole.CONCIERGE,
                "e2e",
                "test")
            .secret();
  }

  @AfterEach
  void stop() {
    service.close();
    database.close();
    slack.stop(0);
  }

  @Test
  void a_signed_url_verification_is_answered_with_its_challenge() throws Exception {
    String body = "{\"token\":\"x\",\"challenge\":\"3eZbrw1aB\",\"type\":\"url_verification\"}";

    HttpResponse<String> answer = webhook(body, signed(body, Instant.now()));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("3eZbrw1aB");
  }

  @Test
  void a_bad_or_stale_signature_is_a_401_problem_and_nothing_is_handled() throws Exception {
    String body = dm("Ev" + UUID.randomUUID(), "Hello?");
    String now = Long.toString(Instant.now().getEpochSecond());

    HttpResponse<String> forged =
        webhook(
            body,
            Map.of("X-Slack-Request-Timestamp", now, "X-Slack-Signature", "v0=" + "0".repeat(64)));
    HttpResponse<String> stale = webhook(body, signed(body, Instant.now().minusSeconds(360)));
    HttpResponse<String> unsigned = webhook(body, Map.of());

    for (HttpResponse<String> refused : List.of(forged, stale, unsigned)) {
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(JSON.readTree(refused.body()).get("status").asInt()).isEqualTo(401);
    }
    assertThat(posts).isEmpty();
  }

  @Test
  void a_signed_dm_from_a_client_is_stored_and_answered_in_its_thread() throws Exception {
    String person =
        post(
                "/api/v1/persons",
                Map.of("full_name", "Sarah Chen", "person_type", "client", "timezone", "UTC"))
            .get("person_id")
            .asText();
    post(
        "/api/v1/persons/" + person + "/comm-identities",
        Map.of("channel_type", "slack", "identity_value", "U0SARAH"));
    String body = dm("Ev" + UUID.randomUUID(), "Is my table booked?");

    HttpResponse<String> acknowledged = webhook(body, signed(body, Instant.now()));

    assertThat(acknowledged.statusCode()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(30)).until(() -> !posts.isEmpty());
    assertThat(posts.get(0)).contains("thread_ts=1764000000.000100").contains("channel=D0SARAH");
    JsonNode conversations = get("/api/v1/conversations?person_id=" + person);
    assertThat(conversations).hasSize(1);
    assertThat(conversations.get(0).get("channel_type").asText()).isEqualTo("slack");
    String messages =
        "/api/v1/conversations/"
            + conversations.get(0).get("conversation_id").asText()
            + "/messages";
    await().atMost(Duration.ofSeconds(30)).until(() -> get(messages).size() == 2);
    assertThat(get(messages).get(0).get("content").asText()).isEqualTo("Is my table booked?");
    assertThat(get("/health").get("slack").asText()).isEqualTo("off");
  }

  private static String dm(String eventId, String text) {
    return "{\"token\":\"x\",\"team_id\":\"T0E2E\",\"api_app_id\":\"A0E2E\",\"event\":{\"type\":"
        + "\"message\",\"channel_type\":\"im\",\"channel\":\"D0SARAH\",\"user\":\"U0SARAH\","
        + "\"text\":\""
        + text
        + "\",\"ts\":\"1764000000.000100\"},\"type\":\"event_callback\",\"event_id\":\""
        + eventId
        + "\",\"event_time\":1764000000}";
  }

  /** The headers Slack sends {@code body} with, signed at {@code at}. */
  private static Map<String, String> signed(String body, Instant at)
      throws GeneralSecurityException {
    String timestamp = Long.toString(at.getEpochSecond());
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
    return Map.of(
        "X-Slack-Request-Timestamp",
        timestamp,
        "X-Slack-Signature",
        "v0=" + HexFormat.of().formatHex(digest));
  }

  private HttpResponse<String> webhook(String body, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("/api/v1/webhooks/slack"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode post(String path, Map<String, Object> body) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body());
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + key).build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + service.port() + path);
  }
}
