package dev.concierge.cli;

import static dev.concierge.cli.ConciergeAdminTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.concierge.cli.ConciergeAdminTest.Run;
import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.persistence.testing.SharedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Starts the whole service with a distinctive fake secret in every credential setting, at the most
 * verbose logging the service can be asked for (DEBUG=true with the production logback.xml), and
 * drives it through startup, good and bad credentials, 4xx problems, reminder deliveries that
 * Slack, SES and Claude all refuse (each fake echoing the credential it was sent, as AWS does in
 * some signature errors), metrics scrapes with good and bad tokens, and the admin commands. What a
 * first start prints goes to output that is not a terminal, as under a process manager. Then no
 * secret, nor the API key or more of it than its documented prefix, may appear in anything logged,
 * printed or answered.
 */
class SecretsNeverLeakTest {
  private static final String BOT_TOKEN = "xoxb-LEAKCHECK-bot-4e1d7a";
  private static final String USER_TOKEN = "xoxp-LEAKCHECK-user-9b2f0c";
  private static final String APP_TOKEN = "xapp-LEAKCHECK-app-3c8e5d";
  private static final String SIGNING_SECRET = "LeakCheckSlackSigning-5d2e8a";
  private static final String AWS_KEY_ID = "AKIALEAKCHECK4E1D7A9B";
  private static final String AWS_SECRET = "LeakCheckAwsSecret/4e1d7a+9b2f0c3c8e5dQ";
  private static final String ANTHROPIC_KEY = "sk-ant-LEAKCHECK-4e1d7a9b2f0c";
  private static final String DB_PASSWORD = "LeakCheckDbPassword4e1d";
  private static final String METRICS_TOKEN = "LeakCheckMetricsToken-7f3a9c";

  /** ApiKeys.PREFIX_LENGTH: what `api-keys list` shows and the documentation calls the prefix. */
  private static final int DOCUMENTED_PREFIX = 12;

  private static final int ANY_PROBLEM = -1;

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final StringBuffer logged = new StringBuffer();
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final List<String> answered = new ArrayList<>();
  private final List<HttpServer> fakes = new ArrayList<>();
  private final AtomicInteger slackCalls = new AtomicInteger();
  private PrintStream realOut;
  private PrintStream realErr;
  private Map<String, String> env;
  private RunningService service;
  private String adminKey;

  @BeforeEach
  void captureEverythingThenStart(@TempDir Path dataDir) throws Exception {
    captureLogsAsInProductionWithDebug();
    realOut = System.out;
    realErr = System.err;
    System.setOut(tee(realOut));
    System.setErr(tee(realErr));

    DatabaseUrl database = SharedPostgres.freshDatabase();
    String databaseName = database.jdbcUrl().substring(database.jdbcUrl().lastIndexOf('/') + 1);
    env = new HashMap<>();
    // the embedded server trusts local connections, so the password is carried but never checked
    env.put(
        "DATABASE_URL",
        "postgresql://postgres:"
            + DB_PASSWORD
            + "@localhost:"
            + SharedPostgres.server().port()
            + "/"
            + databaseName);
    env.put("CONCIERGE_DATA_DIR", dataDir.toString());
    env.put("DEBUG", "true");
    env.put("SLACK_BOT_TOKEN", BOT_TOKEN);
    env.put("SLACK_USER_TOKEN", USER_TOKEN);
    env.put("SLACK_APP_TOKEN", APP_TOKEN);
    env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
    env.put("AWS_ACCESS_KEY_ID", AWS_KEY_ID);
    env.put("AWS_SECRET_ACCESS_KEY", AWS_SECRET);
    env.put("AWS_REGION", "eu-west-1");
    env.put("EMAIL_FROM", "concierge@example.test");
    env.put("ANTHROPIC_API_KEY", ANTHROPIC_KEY);
    env.put("SLACK_API_URL", fake(this::slackRefusing) + "/api/");
    env.put("AWS_ENDPOINT_URL", fake(SecretsNeverLeakTest::sesRefusing));
    env.put("ANTHROPIC_BASE_URL", fake(SecretsNeverLeakTest::claudeRefusing));
    env.put("REMINDER_MAX_ATTEMPTS", "1");
    env.put("RATE_LIMIT_PER_SECOND", "off");
    env.put("AUTH_FAILURES_PER_MINUTE", "off");
    env.put("METRICS_TOKEN", METRICS_TOKEN);
    Settings settings = Settings.from(env, "x").withPort(0);
    service = RunningService.start(settings);
    adminKey = service.firstAdminKey().orElseThrow().secret();
    ServeCommand.announce(
        new PrintWriter(System.out, true, StandardCharsets.UTF_8), settings, service, false);
  }

  @AfterEach
  void restore() {
    if (service != null) {
      service.close();
    }
    fakes.forEach(fake -> fake.stop(0));
    System.setOut(realOut);
    System.setErr(realErr);
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    System.clearProperty("concierge.log.level");
    try {
      new ContextInitializer(context).autoConfig();
    } catch (Exception e) {
      throw new IllegalStateException("could not restore the tests' logging", e);
    }
  }

  @Test
  void no_credential_appears_in_what_is_logged_printed_or_answered() throws Exception {
    String person =
        send("POST", "/api/v1/persons", adminKey, personJson("Sarah Chen"), 201)
            .get("person_id")
            .asText();
    send("GET", "/api/v1/persons/" + person, adminKey, null, 200);
    send("GET", "/api/v1/persons?limit=5", adminKey, null, 200);
    refusedCredentials();
    // Slack's events with a forged signature: refused, and the secret checked against stays unsaid
    send(
        "POST",
        "/api/v1/webhooks/slack",
        adminKey,
        "{\"type\":\"url_verification\",\"challenge\":\"c\"}",
        ANY_PROBLEM);
    scrapes();
    problems(person);
    chatTheModelRefuses(person);
    deliveriesTheProvidersRefuse(person);
    List<Run> commands =
        List.of(
            run(env, "db", "status"),
            run(env, "api-keys", "list"),
            run(env, "reminders", "dispatch", "--until-idle"),
            // a command that fails, with DEBUG's stack trace, on a database it cannot reach
            run(
                withDatabase(
                    "postgresql://postgres:" + DB_PASSWORD + "@127.0.0.1:" + closedPort() + "/x"),
                "db",
                "status"));
    service.close();

    String everything =
        logged
            + "\n"
            + printed.toString(StandardCharsets.UTF_8)
            + "\n"
            + String.join("\n", answered)
            + "\n"
            + String.join("\n", commands.stream().map(r -> r.out() + "\n" + r.err()).toList());
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .as("the capture works: what serve printed on its first start")
        .contains("Created the first admin API key in");
    assertThat(logged.toString())
        .as("the capture works: startup, debug, Claude's echo redacted, failed deliveries")
        .contains("HTTP API listening")
        .contains("DEBUG [main] dev.concierge.cli.capture-check")
        .contains("[redacted]")
        .contains("outcome=exhausted")
        .contains("outcome=failed");
    assertThat(commands.get(3).err()).as("the failing command printed its stack").contains("\tat ");
    for (String secret :
        List.of(
            BOT_TOKEN,
            USER_TOKEN,
            APP_TOKEN,
            SIGNING_SECRET,
            AWS_KEY_ID,
            AWS_SECRET,
            ANTHROPIC_KEY,
            DB_PASSWORD,
            METRICS_TOKEN,
            adminKey.substring(0, DOCUMENTED_PREFIX + 1))) {
      assertThat(whereItAppears(everything, secret)).as("leaked: %s", secret).isEmpty();
    }
    // any part of a secret longer than a prefix: a suffix or a middle logged by itself counts too
    for (String secret : List.of(adminKey, AWS_SECRET, ANTHROPIC_KEY, BOT_TOKEN, METRICS_TOKEN)) {
      for (int i = 1; i + 16 <= secret.length(); i++) {
        assertThat(whereItAppears(everything, secret.substring(i, i + 16))).isEmpty();
      }
    }
  }

  private void refusedCredentials() throws Exception {
    String wrong = "ck_" + "A".repeat(43);
    String truncated = adminKey.substring(0, adminKey.length() - 5);
    String longer = adminKey + "x";
    for (String key : List.of(wrong, truncated, longer, adminKey.toUpperCase())) {
      send("GET", "/api/v1/persons", key, null, 401);
    }
    answered.add(
        http.send(
                HttpRequest.newBuilder(uri("/api/v1/persons"))
                    .header("Authorization", "Basic " + adminKey)
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body());
  }

  /** The right metrics token, one too long, one too short. */
  private void scrapes() throws Exception {
    for (String token : List.of(METRICS_TOKEN, METRICS_TOKEN + "x", METRICS_TOKEN.substring(1))) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(uri("/metrics"))
                  .header("Authorization", "Bearer " + token)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      answered.add(response.headers().map() + "\n" + response.body());
      assertThat(response.statusCode()).isEqualTo(token.equals(METRICS_TOKEN) ? 200 : 401);
    }
  }

  private void problems(String person) throws Exception {
    send("POST", "/api/v1/persons", adminKey, "{\"full_name\":", 400);
    send("POST", "/api/v1/persons", adminKey, "{\"full_name\":\"\"}", 400);
    send("GET", "/api/v1/persons/00000000-0000-0000-0000-00000000dead", adminKey, null, 404);
    send("GET", "/api/v1/persons/not-a-uuid", adminKey, null, ANY_PROBLEM);
    send("GET", "/api/v1/no-such-thing", adminKey, null, 404);
    send("DELETE", "/health", adminKey, null, ANY_PROBLEM);
    send("PUT", "/api/v1/persons/" + person, adminKey, "{\"timezone\":\"Mars/Olympus\"}", 400);
  }

  /**
   * A chat whose model refuses the key and quotes it back: neither the problem nor the failed run
   * in the log (which keeps what Claude said, for staff) holds it.
   */
  private void chatTheModelRefuses(String person) throws Exception {
    JsonNode problem =
        send(
            "POST",
            "/api/v1/agents/chat",
            adminKey,
            "{\"person_id\":\"" + person + "\",\"message\":\"Plan her birthday\"}",
            503);
    JsonNode run =
        send("GET", "/api/v1/agent-runs/" + problem.get("run_id").asText(), adminKey, null, 200);
    assertThat(run.get("detail").asText()).contains("401").contains("[redacted]");
  }

  /** Two Slack and an email reminder due now, worded by Claude: all three providers refuse. */
  private void deliveriesTheProvidersRefuse(String person) throws Exception {
    send(
        "POST",
        "/api/v1/persons/" + person + "/comm-identities",
        adminKey,
        "{\"channel_type\":\"slack\",\"identity_value\":\"U0SARAH\"}",
        201);
    send(
        "POST",
        "/api/v1/persons/" + person + "/comm-identities",
        adminKey,
        "{\"channel_type\":\"email\",\"identity_value\":\"sarah@example.test\"}",
        201);
    List<String> reminders = new ArrayList<>();
    for (String channel : List.of("slack", "slack", "email")) {
      reminders.add(
          send(
                  "POST",
                  "/api/v1/reminders",
                  adminKey,
                  "{\"person_id\":\""
                      + person
                      + "\",\"reminder_type\":\"scheduled\",\"scheduled_datetime\":\""
                      + Instant.now().minusSeconds(60)
                      + "\",\"channel_type\":\""
                      + channel
                      + "\"}",
                  201)
              .get("reminder_rule_id")
              .asText());
    }
    Run dispatched = run(env, "reminders", "dispatch", "--until-idle");
    assertThat(dispatched.out()).as(dispatched.err()).startsWith("dispatched=0 failed=3");
    for (String reminder : reminders) {
      JsonNode history =
          send("GET", "/api/v1/reminders/" + reminder + "/history", adminKey, null, 200);
      assertThat(history).as("the provider was tried").isNotEmpty();
      assertThat(history.get(0).get("status").asText()).startsWith("failed");
    }
  }

  // -- the refusing providers -------------------------------------------------------------------

  /**
   * A failing upstream, then a proxy's page where Slack's JSON should be, each quoting the
   * request's headers (the SDK logs such a body at DEBUG).
   */
  private Response slackRefusing(HttpExchange exchange) {
    if (slackCalls.incrementAndGet() % 2 == 1) {
      return new Response(500, "text/plain", "upstream error for " + echoed(exchange), Map.of());
    }
    return new Response(
        200,
        "text/html",
        "<html><body>Upstream unavailable. Your request: " + echoed(exchange) + "</body></html>",
        Map.of());
  }

  /** As AWS answers a malformed signature: the Authorization header quoted back. */
  private static Response sesRefusing(HttpExchange exchange) {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    return new Response(
        400,
        "application/json",
        "{\"message\":\"Authorization header requires 'Signature' parameter. Authorization="
            + authorization.replace("\"", "'")
            + "\"}",
        Map.of("x-amzn-ErrorType", "IncompleteSignatureException"));
  }

  /** Every request header quoted back, as a proxy's diagnostic page might. */
  private static Response claudeRefusing(HttpExchange exchange) {
    return new Response(
        401,
        "application/json",
        "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid"
            + " credentials in "
            + echoed(exchange).replace("\"", "'")
            + "\"}}",
        Map.of("request-id", "req_leakcheck"));
  }

  private static String echoed(HttpExchange exchange) {
    return exchange.getRequestHeaders().entrySet().toString();
  }

  private record Response(int status, String type, String body, Map<String, String> headers) {}

  private String fake(Function<HttpExchange, Response> answer) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          Response response = answer.apply(exchange);
          byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", response.type());
          response.headers().forEach(exchange.getResponseHeaders()::add);
          exchange.sendResponseHeaders(response.status(), body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    fakes.add(server);
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  // -- capturing ----------------------------------------------------------------------------------

  /** The production logback.xml at DEBUG, its console appender swapped for a capture. */
  private void captureLogsAsInProductionWithDebug() throws Exception {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    System.setProperty("concierge.log.level", "DEBUG");
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(RunningService.class.getResource("/logback.xml"));
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.detachAndStopAllAppenders();
    PatternLayout layout = new PatternLayout();
    layout.setContext(context);
    layout.setPattern("%level [%thread] %logger %X %msg %kvp{NONE}%n%ex");
    layout.start();
    AppenderBase<ILoggingEvent> capture =
        new AppenderBase<>() {
          @Override
          protected void append(ILoggingEvent event) {
            logged.append(layout.doLayout(event));
          }
        };
    capture.setContext(context);
    capture.start();
    root.addAppender(capture);
    // which libraries log at debug, and when, varies; the service's own namespace must show
    LoggerFactory.getLogger("dev.concierge.cli.capture-check").debug("debug is captured");
  }

  private PrintStream tee(PrintStream real) {
    return new PrintStream(
        new OutputStream() {
          @Override
          public void write(int b) {
            synchronized (printed) {
              printed.write(b);
            }
            real.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            synchronized (printed) {
              printed.write(b, off, len);
            }
            real.write(b, off, len);
          }
        },
        true,
        StandardCharsets.UTF_8);
  }

  // -- helpers ------------------------------------------------------------------------------------

  private JsonNode send(String method, String path, String key, String body, int expected)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + key);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    answered.add(response.headers().map() + "\n" + response.body());
    if (expected == ANY_PROBLEM) {
      assertThat(response.statusCode()).as(method + " " + path).isBetween(400, 499);
      return null;
    }
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isEqualTo(expected);
    return response.body().isEmpty() ? null : JSON.readTree(response.body());
  }

  /** Each place with the lines around it, so a failure says who leaked it. */
  private static List<String> whereItAppears(String text, String secret) {
    List<String> places = new ArrayList<>();
    for (int at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
      places.add(text.substring(Math.max(0, at - 600), Math.min(text.length(), at + 200)));
    }
    return places;
  }

  private Map<String, String> withDatabase(String url) {
    Map<String, String> changed = new HashMap<>(env);
    changed.put("DATABASE_URL", url);
    return changed;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String personJson(String name) {
    return "{\"full_name\":\"" + name + "\",\"person_type\":\"client\"}";
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + service.port() + path);
  }
}
