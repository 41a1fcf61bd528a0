package dev.concierge.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.ApiKeys;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.AgentRun;
import dev.concierge.core.agents.Confinement;
import dev.concierge.core.agents.runs.LoggedRun;
import dev.concierge.core.agents.runs.RunOrigin;
import dev.concierge.core.frontdesk.InboundMessage;
import dev.concierge.core.frontdesk.ReplyThread;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.http.ApiOperation;
import dev.concierge.http.OperationTools;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The whole service (real composition root, real Javalin, real PostgreSQL) started once per test
 * JVM on the shared database. Tests isolate themselves by working in a {@link Tenant} of their own:
 * a new organization with one key per role.
 */
public final class ApiServer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /**
   * "Now" for every use case of the API under test: the spec's own date (27 October 2025), so next
   * occurrences and reminder times are the same whenever the tests run.
   */
  static final Instant NOW = Instant.parse("2025-10-27T14:00:00Z");

  private static ServedApi service;

  private ApiServer() {}

  static synchronized ServedApi service() {
    if (service == null) {
      service = ServedApi.start(Clock.fixed(NOW, ZoneOffset.UTC));
      Runtime.getRuntime().addShutdownHook(new Thread(service::close, "stop-api-server"));
    }
    return service;
  }

  static List<String> routes() {
    return service().routes();
  }

  /** Every operation the server declares. */
  static List<ApiOperation> operations() {
    return service().operations();
  }

  /**
   * Every /api/v1 operation as "METHOD /path/{param}" and the roles that may call it (none:
   * public), as the server enforces before any handler runs.
   */
  static Map<String, Set<ApiRole>> rolesByRoute() {
    Map<String, Set<ApiRole>> roles = new TreeMap<>();
    for (ApiOperation operation : operations()) {
      if (operation.path().startsWith("/api/v1/")) {
        roles.put(operation.route(), operation.roles());
      }
    }
    return roles;
  }

  /** The operations as the tools of a run acting as {@code caller}, as the chat will get them. */
  static OperationTools agentTools(Caller caller, Confinement confinement) {
    return service().agentTools(caller, confinement);
  }

  /** Logs a run as the chat will, for {@code key}'s caller. */
  static LoggedRun logRun(String key, RunOrigin origin, AgentRun run) {
    return service().agentRuns().record(caller(key), origin, run);
  }

  /** Who a key is, as the API authenticates it. */
  static Caller caller(String key) {
    return service().apiKeys().authenticate(key);
  }

  /**
   * A message {@code sender} wrote in the Slack {@code workspace}, handed to the front desk as the
   * Slack adapter hands it; Slack names the sender "Sam Stranger".
   */
  static void writeInSlack(String workspace, String sender, String text) {
    service()
        .frontDesk()
        .receive(
            new InboundMessage(
                "Ev" + UUID.randomUUID(),
                ChannelType.SLACK,
                workspace,
                sender,
                "D" + sender,
                UUID.randomUUID().toString(),
                text),
            new ReplyThread() {
              @Override
              public String post(String reply) {
                return UUID.randomUUID().toString();
              }

              @Override
              public Optional<String> senderName() {
                return Optional.of("Sam Stranger");
              }
            });
  }

  static Tenant newTenant() {
    var jdbi = SharedPostgres.migrated().jdbi();
    UUID org = TestOrganizations.create(jdbi, "API test org");
    ApiKeys keys = service().apiKeys();
    return new Tenant(
        org,
        keys.issue(org, ApiRole.ADMIN, "admin", "test").secret(),
        keys.issue(org, ApiRole.CONCIERGE, "concierge", "test").secret(),
        keys.issue(org, ApiRole.ANALYST, "analyst", "test").secret());
  }

  static Response send(String method, String path, String key, String body, String... headers) {
    return sendTo(service().port(), method, path, key, body, headers);
  }

  /** The same, to another server of the test's own (the document holds its answers too). */
  static Response sendTo(
      int port, String method, String path, String key, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(15))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    boolean typed = false;
    for (int i = 0; i < headers.length; i += 2) {
      typed |= headers[i].equalsIgnoreCase("Content-Type");
    }
    if (body != null && !typed) {
      request.header("Content-Type", "application/json");
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Response result =
          new Response(response.statusCode(), response.headers(), response.body(), method, path);
      // a browser origin CORS refuses never reaches the API, so the document does not describe it
      boolean foreignOrigin = false;
      for (int i = 0; i < headers.length; i += 2) {
        foreignOrigin |= headers[i].equals("Origin") && !headers[i + 1].equals(ServedApi.PORTAL);
      }
      if (!foreignOrigin) {
        OpenApiConformance.record(result);
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Written byte for byte to a socket, for what no HTTP client will send (a bare % in the query,
   * bytes no URI allows); {@code target} goes out as ISO-8859-1, so a char is a byte. Unrecorded.
   */
  static Response raw(String method, String target, String key, byte[] body) {
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    head.append("Host: 127.0.0.1\r\nConnection: close\r\n");
    if (key != null) {
      head.append("Authorization: Bearer ").append(key).append("\r\n");
    }
    if (body != null) {
      head.append("Content-Type: application/json\r\nContent-Length: ")
          .append(body.length)
          .append("\r\n");
    }
    head.append("\r\n");
    try (Socket socket = new Socket("127.0.0.1", service().port())) {
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return parse(socket.getInputStream().readAllBytes(), method, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Response parse(byte[] bytes, String method, String target) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new AssertionError("no HTTP response: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers
          .computeIfAbsent(lines[i].substring(0, colon).strip(), h -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).strip());
    }
    byte[] body = Arrays.copyOfRange(bytes, end + 4, bytes.length);
    if (headers.getOrDefault("Transfer-Encoding", List.of()).contains("chunked")) {
      body = dechunk(body);
    }
    return new Response(
        Integer.parseInt(lines[0].split(" ")[1]),
        HttpHeaders.of(headers, (name, value) -> true),
        new String(body, StandardCharsets.UTF_8),
        method,
        target);
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int lineEnd = at;
      while (chunked[lineEnd] != '\r') {
        lineEnd++;
      }
      String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int length = Integer.parseInt(size.split(";")[0].strip(), 16);
      if (length == 0) {
        return body.toByteArray();
      }
      body.write(chunked, lineEnd + 2, length);
      at = lineEnd + 2 + length + 2;
    }
  }

  static String json(Object... fieldsAndValues) {
    var node = JSON.createObjectNode();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      node.set((String) fieldsAndValues[i], JSON.valueToTree(fieldsAndValues[i + 1]));
    }
    return node.toString();
  }

  /** An organization of the test's own, with an API key for each role. */
  record Tenant(UUID orgId, String adminKey, String conciergeKey, String analystKey) {
    Response get(String path) {
      return ApiServer.send("GET", path, conciergeKey, null);
    }

    Response post(String path, String body) {
      return ApiServer.send("POST", path, conciergeKey, body);
    }

    Response put(String path, String body) {
      return ApiServer.send("PUT", path, conciergeKey, body);
    }

    Response delete(String path) {
      return ApiServer.send("DELETE", path, conciergeKey, null);
    }

    Response send(String method, String path) {
      return ApiServer.send(method, path, conciergeKey, null);
    }

    Response asAdmin(String method, String path, String body) {
      return ApiServer.send(method, path, adminKey, body);
    }

    Response asAnalyst(String method, String path, String body) {
      return ApiServer.send(method, path, analystKey, body);
    }

    /** Creates through the API and returns the new id. */
    String create(String path, String body) {
      Response created = post(path, body);
      if (created.status() != 201) {
        throw new AssertionError("POST " + path + " gave " + created.status() + created.body());
      }
      return created.id();
    }

    String person(String fullName) {
      return create("/api/v1/persons", json("full_name", fullName, "person_type", "client"));
    }

    /** A client living in {@code zone}, whose dates and reminders are placed in it. */
    String client(String fullName, String zone) {
      return create(
          "/api/v1/persons",
          json("full_name", fullName, "person_type", "client", "timezone", zone));
    }
  }

  record Response(int status, HttpHeaders headers, String body, String method, String path) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    /** The id field of a created resource: the first field whose name ends in _id. */
    String id() {
      for (var field : json().properties()) {
        if (field.getKey().endsWith("_id") && !field.getKey().equals("org_id")) {
          return field.getValue().asText();
        }
      }
      throw new AssertionError("no id in " + body);
    }

    /** The field names of the errors of a problem. */
    List<String> errorFields() {
      List<String> fields = new java.util.ArrayList<>();
      json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
      return fields;
    }

    @Override
    public String toString() {
      return method + " " + path + " -> " + status + " " + body;
    }
  }
}
