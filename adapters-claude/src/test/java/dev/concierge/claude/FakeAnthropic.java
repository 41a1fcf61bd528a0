package dev.concierge.claude;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.concierge.core.agents.llm.JsonTree;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Anthropic's Messages API on a loopback port: it records what arrives and answers with scripted,
 * real-shaped messages and errors (text, tool calls, 429 and 529 with retry-after, bodies that are
 * not JSON, a server that never answers), so the real SDK is exercised down to the wire. Public, in
 * this module's test jar, for the tests of what is built on Claude elsewhere (the CLI's eval).
 */
public final class FakeAnthropic implements AutoCloseable {

  /** One request as the fake saw it. */
  public record Received(String method, String path, Headers headers, String body) {
    public String header(String name) {
      return headers.getFirst(name);
    }

    /**
     * The API key as presented. The API accepts it as {@code x-api-key} or as a bearer token, and
     * the SDK (3.14 and 3.16) sends the latter, so either counts.
     */
    public String credential() {
      String apiKey = header("x-api-key");
      String authorization = header("Authorization");
      if (apiKey != null) {
        return apiKey;
      }
      return authorization != null && authorization.startsWith(BEARER)
          ? authorization.substring(BEARER.length())
          : null;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> json() {
      return (Map<String, Object>) Json.parse(body);
    }
  }

  private record Reply(int status, String body, Map<String, String> headers, boolean hang) {}

  private static final String BEARER = "Bearer ";

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Queue<Reply> replies = new ConcurrentLinkedQueue<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final CountDownLatch closing = new CountDownLatch(1);

  private FakeAnthropic() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  public static FakeAnthropic start() throws IOException {
    return new FakeAnthropic();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  /** The next request gets a successful message whose only content is this text. */
  public FakeAnthropic answersText(String model, String text) {
    return answersMessage(model, "[" + text(text) + "]", "end_turn");
  }

  /** The next request gets a message asking for these tool calls (see {@link #toolUse}). */
  public FakeAnthropic answersToolCalls(String model, String... toolUses) {
    return answersMessage(model, "[" + String.join(",", toolUses) + "]", "tool_use");
  }

  /**
   * The next request gets a message of this content and stop reason; its usage reads 212 tokens in,
   * 87 out, 1,800 from the cache and 300 written to it.
   */
  public FakeAnthropic answersMessage(String model, String contentArray, String stopReason) {
    String body =
        """
        {"id":"msg_01XFDUDYJgAACzvnptvVoYEL","type":"message","role":"assistant","model":%s,\
        "content":%s,"stop_reason":%s,"stop_sequence":null,\
        "usage":{"input_tokens":212,"output_tokens":87,\
        "cache_read_input_tokens":1800,"cache_creation_input_tokens":300}}"""
            .formatted(JsonTree.write(model), contentArray, JsonTree.write(stopReason));
    replies.add(new Reply(200, body, Map.of(), false));
    return this;
  }

  public static String text(String text) {
    return "{\"type\":\"text\",\"text\":" + JsonTree.write(text) + "}";
  }

  public static String toolUse(String id, String name, String inputJson) {
    return "{\"type\":\"tool_use\",\"id\":%s,\"name\":%s,\"input\":%s}"
        .formatted(JsonTree.write(id), JsonTree.write(name), inputJson);
  }

  /** The router's call of route_to_agent, handing the message to {@code agent}. */
  public static String routeTo(String agent) {
    return toolUse(
        "toolu_route",
        "route_to_agent",
        "{\"agent\":" + JsonTree.write(agent) + ",\"reason\":\"it is about that\"}");
  }

  /** The next request gets an error in the API's shape, e.g. 529 overloaded_error. */
  public FakeAnthropic answersError(int status, String type, String message) {
    replies.add(error(status, type, message, Map.of()));
    return this;
  }

  /** The same, with a retry-after header of that many seconds, as 429 and 529 carry. */
  public FakeAnthropic answersError(int status, String type, String message, String retryAfter) {
    replies.add(error(status, type, message, Map.of("retry-after", retryAfter)));
    return this;
  }

  private static Reply error(int status, String type, String message, Map<String, String> headers) {
    String body =
        "{\"type\":\"error\",\"error\":{\"type\":%s,\"message\":%s}}"
            .formatted(JsonTree.write(type), JsonTree.write(message));
    return new Reply(status, body, headers, false);
  }

  /** The next request gets this body as it is, e.g. JSON cut off half way. */
  public FakeAnthropic answersRaw(int status, String body) {
    replies.add(new Reply(status, body, Map.of(), false));
    return this;
  }

  /** The next request is read and then left without an answer until the fake closes. */
  public FakeAnthropic neverAnswers() {
    replies.add(new Reply(0, "", Map.of(), true));
    return this;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Received request =
          new Received(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath(),
              exchange.getRequestHeaders(),
              body);
      received.add(request);
      Reply reply = replyTo(request);
      if (reply.hang()) {
        awaitClosing();
        return;
      }
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("request-id", "req_fake_" + received.size());
      reply.headers().forEach(exchange.getResponseHeaders()::set);
      exchange.sendResponseHeaders(reply.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  // Checks what the real API refuses first, then plays the script.
  private Reply replyTo(Received request) {
    if (request.credential() == null) {
      return error(401, "authentication_error", "x-api-key header is required", Map.of());
    }
    if (request.header("anthropic-version") == null) {
      return error(400, "invalid_request_error", "anthropic-version header is required", Map.of());
    }
    Reply scripted = replies.poll();
    return scripted != null
        ? scripted
        : error(500, "api_error", "the fake has no reply scripted", Map.of());
  }

  private void awaitClosing() {
    try {
      closing.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    threads.shutdownNow();
  }
}
