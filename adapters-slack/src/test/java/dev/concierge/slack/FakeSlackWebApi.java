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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for Slack's Web API on the loopback interface: it answers {@code POST
 * /api/chat.postMessage} the way Slack does, rejects a missing or wrong bearer token with Slack's
 * own errors, records every request, and replays scripted answers in order (a successful post when
 * none is scripted).
 */
final class FakeSlackWebApi implements AutoCloseable {

  static final String POST_MESSAGE_PATH = "/api/chat.postMessage";

  /** One request as it arrived on the wire. */
  record Received(
      String method,
      String path,
      String authorization,
      String contentType,
      Map<String, String> form) {}

  private record Reply(int status, Map<String, String> headers, String body, boolean hang) {}

  private final String botToken;
  private final HttpServer server;
  private final ExecutorService handlers = Executors.newCachedThreadPool();
  private final BlockingQueue<Reply> script = new LinkedBlockingQueue<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final AtomicLong nextTs = new AtomicLong(1_700_000_000L);

  FakeSlackWebApi(String botToken) throws IOException {
    this.botToken = botToken;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(handlers);
    server.start();
  }

  String methodsEndpointUrlPrefix() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  void replyOk(String channel, String ts) {
    reply(200, Map.of(), okBody(channel, ts));
  }

  void replyError(String code) {
    reply(200, Map.of(), "{\"ok\":false,\"error\":\"" + code + "\"}");
  }

  void reply(int status, Map<String, String> headers, String body) {
    script.add(new Reply(status, headers, body, false));
  }

  /** The next request is read and never answered, as from a hung Slack. */
  void hang() {
    script.add(new Reply(0, Map.of(), "", true));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      received.add(
          new Received(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath(),
              authorization,
              contentType,
              Forms.parse(contentType, body)));

      if (!"POST".equals(exchange.getRequestMethod())
          || !POST_MESSAGE_PATH.equals(exchange.getRequestURI().getPath())) {
        send(
            exchange,
            new Reply(404, Map.of(), "{\"ok\":false,\"error\":\"unknown_method\"}", false));
      } else if (authorization == null) {
        send(exchange, new Reply(200, Map.of(), "{\"ok\":false,\"error\":\"not_authed\"}", false));
      } else if (!authorization.equals("Bearer " + botToken)) {
        send(
            exchange, new Reply(200, Map.of(), "{\"ok\":false,\"error\":\"invalid_auth\"}", false));
      } else {
        Reply scripted = script.poll();
        send(exchange, scripted != null ? scripted : defaultReply());
      }
    }
  }

  private Reply defaultReply() {
    return new Reply(200, Map.of(), okBody("D0FAKE", nextTs.incrementAndGet() + ".000100"), false);
  }

  private void send(HttpExchange exchange, Reply reply) throws IOException {
    if (reply.hang()) {
      awaitClose();
      return;
    }
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    boolean json = reply.body().startsWith("{");
    exchange
        .getResponseHeaders()
        .set("Content-Type", json ? "application/json; charset=utf-8" : "text/html");
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private void awaitClose() {
    try {
      closing.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String okBody(String channel, String ts) {
    return "{\"ok\":true,\"channel\":\""
        + channel
        + "\",\"ts\":\""
        + ts
        + "\",\"message\":{\"type\":\"message\",\"ts\":\""
        + ts
        + "\"}}";
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    handlers.shutdownNow();
  }
}
