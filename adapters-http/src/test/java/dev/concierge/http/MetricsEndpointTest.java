package dev.concierge.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.health.CheckHealth;
import dev.concierge.http.metrics.FakeDueReminderStats;
import dev.concierge.http.metrics.Scrape;
import dev.concierge.http.metrics.ServiceMetrics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * /metrics on a real Jetty: public unless a metrics token is set, in the Prometheus text format,
 * and timing every request.
 */
class MetricsEndpointTest {
  private static final Instant NOW = Instant.parse("2025-10-27T14:00:00Z");
  private static final HttpSettings SETTINGS =
      new HttpSettings("127.0.0.1", 0, HttpSettings.ONE_MEGABYTE, false);

  private final HttpClient client = HttpClient.newHttpClient();
  private final ServiceMetrics metrics =
      new ServiceMetrics(
          new FakeDueReminderStats().set(NOW.minusSeconds(90), 2),
          Clock.fixed(NOW, ZoneOffset.UTC));
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
    metrics.close();
  }

  @Test
  void metrics_are_served_publicly_in_the_prometheus_text_format() throws Exception {
    server = new HttpServer(SETTINGS, health(), null, metrics).start();
    get("/health");
    get("/health");
    get("/nope");

    HttpResponse<String> response = get("/metrics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("text/plain; version=0.0.4; charset=utf-8");
    Scrape scrape = new Scrape(response.body());
    assertThat(response.body()).contains("http_server_requests_seconds_count{");
    assertThat(
            scrape.value(
                "http_server_requests_seconds_count",
                "method",
                "GET",
                "route",
                "/health",
                "status",
                "200"))
        .contains(2.0);
    assertThat(
            scrape.value(
                "http_server_requests_seconds_count",
                "method",
                "GET",
                "route",
                "NOT_FOUND",
                "status",
                "404"))
        .contains(1.0);
    assertThat(scrape.hasLabel("http_server_requests_seconds_count", "route", "/nope")).isFalse();
    assertThat(scrape.value("concierge_reminders_oldest_due_age_seconds")).contains(90.0);
    assertThat(scrape.value("concierge_reminders_due")).contains(2.0);
  }

  @Test
  void a_scrape_is_timed_like_any_other_request() throws Exception {
    server = new HttpServer(SETTINGS, health(), null, metrics).start();
    get("/metrics");

    Scrape second = new Scrape(get("/metrics").body());

    assertThat(
            second.value(
                "http_server_requests_seconds_count",
                "method",
                "GET",
                "route",
                "/metrics",
                "status",
                "200"))
        .contains(1.0);
  }

  @Test
  void with_a_metrics_token_only_a_scrape_carrying_it_gets_the_metrics() throws Exception {
    String token = "scrape-token-0123456789";
    server =
        new HttpServer(
                new HttpSettings(
                    "127.0.0.1",
                    0,
                    HttpSettings.ONE_MEGABYTE,
                    false,
                    null,
                    null,
                    null,
                    MetricsToken.of(token)),
                health(),
                null,
                metrics)
            .start();

    HttpResponse<String> carrying = get("/metrics", "Bearer " + token);

    assertThat(carrying.statusCode()).isEqualTo(200);
    assertThat(carrying.body()).contains("concierge_reminders_due");
    for (String refused :
        new String[] {
          null, "Bearer " + token + "x", "Bearer " + token.substring(1), "Basic " + token, "Bearer"
        }) {
      HttpResponse<String> response = get("/metrics", refused);
      assertThat(response.statusCode()).as(refused).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type"))
          .get()
          .asString()
          .startsWith(Problem.MEDIA_TYPE);
      assertThat(response.headers().firstValue("WWW-Authenticate"))
          .get()
          .asString()
          .startsWith("Bearer");
      assertThat(response.body()).doesNotContain("concierge_reminders_due").doesNotContain(token);
    }
    assertThat(get("/health").statusCode()).as("health stays public").isEqualTo(200);
  }

  @Test
  void a_metrics_token_is_never_shown_when_printed() {
    assertThat(MetricsToken.of("scrape-token-0123456789").toString())
        .doesNotContain("scrape-token");
  }

  @Test
  void without_metrics_there_is_no_metrics_route() throws Exception {
    server = new HttpServer(SETTINGS, health(), null).start();

    assertThat(get("/metrics").statusCode()).isEqualTo(404);
    assertThat(server.routes()).containsExactly("GET /health");
  }

  @Test
  void with_metrics_the_route_is_registered() {
    server = new HttpServer(SETTINGS, health(), null, metrics);

    assertThat(server.routes()).containsExactly("GET /health", "GET /metrics");
  }

  private static CheckHealth health() {
    return new CheckHealth("9.9.9-test", () -> true);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return get(path, null);
  }

  private HttpResponse<String> get(String path, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
