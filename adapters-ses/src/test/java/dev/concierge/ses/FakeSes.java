package dev.concierge.ses;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A stand-in for the SES v2 REST-JSON endpoint on 127.0.0.1: it records every request and answers
 * with scripted responses, shaped the way AWS answers (errors carry {@code x-amzn-ErrorType} and a
 * JSON {@code message}). Unsigned requests are refused as AWS would, so a green test also proves
 * the SDK signed with SigV4 for SES in the configured region.
 */
public final class FakeSes implements AutoCloseable {

  static final String SEND_EMAIL_PATH = "/v2/email/outbound-emails";

  private static final Pattern SIGV4 =
      Pattern.compile(
          "AWS4-HMAC-SHA256 Credential=AKID[A-Z0-9]*/\\d{8}/us-east-1/ses/aws4_request,"
              + " ?SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*, ?Signature=[0-9a-f]{64}");

  public record Recorded(
      String method, String path, Map<String, List<String>> headers, String body) {
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(entry -> entry.getKey().equalsIgnoreCase(name))
          .map(entry -> entry.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private record Reply(int status, Map<String, String> headers, String body, boolean hang) {}

  private final HttpServer server;
  private final ExecutorService handlers = Executors.newCachedThreadPool();
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final BlockingQueue<Reply> replies = new LinkedBlockingQueue<>();
  private final CountDownLatch closing = new CountDownLatch(1);

  public FakeSes() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(handlers);
    server.start();
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public List<Recorded> requests() {
    return List.copyOf(requests);
  }

  public void acceptWithMessageId(String messageId) {
    replies.add(
        new Reply(
            200,
            Map.of("Content-Type", "application/json"),
            "{\"MessageId\":\"" + messageId + "\"}",
            false));
  }

  void failWith(int status, String errorType, String message, Map<String, String> extraHeaders) {
    Map<String, String> headers = new HashMap<>(extraHeaders);
    headers.put("Content-Type", "application/json");
    headers.put(
        "x-amzn-ErrorType", errorType + ":http://internal.amazon.com/coral/com.amazon.ses/");
    replies.add(new Reply(status, headers, "{\"message\":\"" + message + "\"}", false));
  }

  void failWith(int status, String errorType, String message) {
    failWith(status, errorType, message, Map.of());
  }

  /** The next request is read and then never answered. */
  void neverAnswer() {
    replies.add(new Reply(0, Map.of(), "", true));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Recorded request =
          new Recorded(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath(),
              Map.copyOf(exchange.getRequestHeaders()),
              body);
      requests.add(request);
      String authorization = request.header("Authorization");
      Reply reply =
          authorization != null && SIGV4.matcher(authorization).matches()
              ? nextReply()
              : unsigned();
      if (reply.hang()) {
        awaitClose();
        return;
      }
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      exchange.getResponseHeaders().add("x-amzn-RequestId", "fake-" + requests.size());
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(reply.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private Reply nextReply() {
    Reply reply = replies.poll();
    if (reply == null) {
      throw new IllegalStateException("FakeSes got a request no test scripted");
    }
    return reply;
  }

  private static Reply unsigned() {
    return new Reply(
        403,
        Map.of(
            "Content-Type", "application/json", "x-amzn-ErrorType", "IncompleteSignatureException"),
        "{\"message\":\"Authorization header is not SigV4 for ses in us-east-1\"}",
        false);
  }

  private void awaitClose() {
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
    handlers.shutdownNow();
  }
}
