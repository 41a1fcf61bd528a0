package dev.concierge.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.http.metrics.Scrape;
import io.javalin.Javalin;
import io.javalin.http.NotFoundResponse;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The route tag is the matched template, so the series stay few whatever callers send. */
class RequestMetricsTest {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final HttpClient client = HttpClient.newHttpClient();
  private Javalin app;

  @BeforeEach
  void start() {
    app =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.jetty.host = "127.0.0.1";
                  config.jetty.port = 0;
                  new RequestMetrics(registry).register(config.routes);
                  config.routes.get("/things/{thing_id}", ctx -> ctx.result("a thing"));
                  config.routes.get(
                      "/gone/{thing_id}",
                      ctx -> {
                        throw new NotFoundResponse();
                      });
                  config.routes.post("/things", ctx -> ctx.status(201));
                })
            .start();
  }

  @AfterEach
  void stop() {
    app.stop();
    registry.close();
  }

  @Test
  void requests_for_different_ids_share_their_routes_series() throws Exception {
    send("GET", "/things/1");
    send("GET", "/things/2");
    send("POST", "/things");

    Scrape scrape = new Scrape(registry.scrape());

    assertThat(count("GET", "/things/{thing_id}", "200", scrape)).contains(2.0);
    assertThat(count("POST", "/things", "201", scrape)).contains(1.0);
    assertThat(scrape.hasLabel("http_server_requests_seconds_count", "route", "/things/1"))
        .isFalse();
  }

  @Test
  void a_404_from_a_matched_route_keeps_its_route_and_an_unmatched_path_is_not_found()
      throws Exception {
    send("GET", "/gone/7");
    send("GET", "/no/such/thing");
    send("GET", "/another/missing/thing");

    Scrape scrape = new Scrape(registry.scrape());

    assertThat(count("GET", "/gone/{thing_id}", "404", scrape)).contains(1.0);
    assertThat(count("GET", "NOT_FOUND", "404", scrape)).contains(2.0);
  }

  @Test
  void a_method_nobody_routes_is_counted_under_its_own_name_only_if_it_is_a_standard_one()
      throws Exception {
    send("DELETE", "/things/1");
    send("BREW", "/things/1");

    Scrape scrape = new Scrape(registry.scrape());

    assertThat(scrape.hasLabel("http_server_requests_seconds_count", "method", "DELETE")).isTrue();
    assertThat(scrape.hasLabel("http_server_requests_seconds_count", "method", "BREW")).isFalse();
  }

  private static java.util.Optional<Double> count(
      String method, String route, String status, Scrape scrape) {
    return scrape.value(
        "http_server_requests_seconds_count", "method", method, "route", route, "status", status);
  }

  private void send(String method, String path) throws IOException, InterruptedException {
    client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.discarding());
  }
}
