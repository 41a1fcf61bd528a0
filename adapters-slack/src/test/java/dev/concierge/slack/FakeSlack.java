package dev.concierge.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack on the loopback interface, as the real Bolt SDK meets it: the Web API methods the front
 * desk calls ({@code auth.test}, {@code apps.connections.open}, {@code chat.postMessage}, {@code
 * chat.update}, {@code users.info}), each refusing a token other than its own, and the Socket Mode
 * WebSocket that {@code apps.connections.open} points at, which says {@code hello} to each
 * connection and then sends what a test gives it. Every call and every frame the client sends (its
 * acknowledgements) is recorded. Public, in this module's test jar, for the tests of the whole
 * service (adapters-cli).
 */
public final class FakeSlack implements AutoCloseable {
  public static final String TEAM = "T0FAKETEAM";
  public static final String BOT_USER = "U0CONCIERGE";
  public static final String BOT_ID = "B0CONCIERGE";

  /** One Web API call as it arrived. */
  public record Call(String method, String authorization, Map<String, String> form) {}

  private final String botToken;
  private final String appToken;
  private final HttpServer web;
  private final ExecutorService handlers = Executors.newCachedThreadPool();
  private final Socket socket;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final List<String> frames = new CopyOnWriteArrayList<>();
  private final AtomicLong nextTs = new AtomicLong(1_800_000_000L);
  private final AtomicInteger envelopes = new AtomicInteger();

  public FakeSlack(String botToken, String appToken) throws Exception {
    this.botToken = botToken;
    this.appToken = appToken;
    socket = new Socket();
    socket.setReuseAddr(true);
    socket.start();
    if (!socket.started.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the fake Socket Mode server did not start");
    }
    web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    web.createContext("/api/", this::handle);
    web.setExecutor(handlers);
    web.start();
  }

  public String methodsUrlPrefix() {
    return "http://127.0.0.1:" + web.getAddress().getPort() + "/api/";
  }

  /** The calls of one Web API method, in order. */
  public List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  /** Whether the client has a socket open. */
  public boolean connected() {
    return !socket.getConnections().isEmpty();
  }

  /** Sends an envelope to every open socket; returns its envelope id. */
  public String send(String type, String payload) {
    return send(type, payload, 0);
  }

  /** Sends an envelope as a redelivery ({@code retry_attempt}); returns its envelope id. */
  public String send(String type, String payload, int retryAttempt) {
    String envelopeId = "envelope-" + envelopes.incrementAndGet();
    socket.broadcast(
        "{\"envelope_id\":\""
            + envelopeId
            + "\",\"type\":\""
            + type
            + "\",\"accepts_response_payload\":false,\"retry_attempt\":"
            + retryAttempt
            + ",\"retry_reason\":\""
            + (retryAttempt > 0 ? "timeout" : "")
            + "\",\"payload\":"
            + payload
            + "}");
    return envelopeId;
  }

  /** Whether the client acknowledged the envelope. */
  public boolean acknowledged(String envelopeId) {
    return frames.stream().anyMatch(f -> f.contains("\"envelope_id\":\"" + envelopeId + "\""));
  }

  /** Closes every open socket abruptly, as a network failure would. */
  public void dropConnections() {
    for (WebSocket connection : Set.copyOf(socket.getConnections())) {
      connection.closeConnection(1006, "dropped by the test");
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestURI().getPath().substring("/api/".length());
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      Map<String, String> form =
          Forms.parse(exchange.getRequestHeaders().getFirst("Content-Type"), body);
      calls.add(new Call(method, authorization, form));
      String expected = method.equals("apps.connections.open") ? appToken : botToken;
      String answer;
      if (!("Bearer " + expected).equals(authorization)) {
        answer = "{\"ok\":false,\"error\":\"invalid_auth\"}";
      } else {
        answer = answer(method, form);
      }
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private String answer(String method, Map<String, String> form) {
    return switch (method) {
      case "auth.test" ->
          "{\"ok\":true,\"url\":\"https://fake.slack.test/\",\"team\":\"Fake\",\"user\":"
              + "\"concierge\",\"team_id\":\""
              + TEAM
              + "\",\"user_id\":\""
              + BOT_USER
              + "\",\"bot_id\":\""
              + BOT_ID
              + "\"}";
      case "apps.connections.open" ->
          "{\"ok\":true,\"url\":\"ws://127.0.0.1:" + socket.getPort() + "/link/\"}";
      case "chat.postMessage" -> {
        String channel = form.getOrDefault("channel", "");
        // a post to a user lands in the bot's DM with them
        String posted = channel.startsWith("U") ? "D" + channel.substring(1) : channel;
        String ts = nextTs.incrementAndGet() + ".000100";
        yield "{\"ok\":true,\"channel\":\"" + posted + "\",\"ts\":\"" + ts + "\"}";
      }
      case "chat.update" ->
          "{\"ok\":true,\"channel\":\""
              + form.get("channel")
              + "\",\"ts\":\""
              + form.get("ts")
              + "\"}";
      case "users.info" ->
          "{\"ok\":true,\"user\":{\"id\":\""
              + form.get("user")
              + "\",\"name\":\"sam\",\"real_name\":\"Sam Stranger\"}}";
      default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
    };
  }

  @Override
  public void close() {
    web.stop(0);
    handlers.shutdownNow();
    try {
      socket.stop(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The Socket Mode server: hello on each connection, every frame the client sends recorded. */
  private final class Socket extends WebSocketServer {
    final CountDownLatch started = new CountDownLatch(1);

    Socket() {
      super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
      connection.send(
          "{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A0FAKE\"},"
              + "\"debug_info\":{\"host\":\"fake\",\"approximate_connection_time\":18060}}");
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {}

    @Override
    public void onMessage(WebSocket connection, String message) {
      frames.add(message);
    }

    @Override
    public void onError(WebSocket connection, Exception e) {}

    @Override
    public void onStart() {
      started.countDown();
    }
  }
}
