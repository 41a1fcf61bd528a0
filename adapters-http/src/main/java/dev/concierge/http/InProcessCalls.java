package dev.concierge.http;

import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.UnavailableException;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;

/**
 * Requests the service makes to its own API without a socket: written as bytes to a Jetty {@link
 * LocalConnector} on the same server, they run through everything a request from the network runs
 * through (Jetty's handlers, authentication and the role table, the query check, the organization
 * scope, the rate limit, the handler with its JSON binding and validation, the problem mapping, the
 * audit log, the metrics). Each is authenticated by a one-time {@link InProcessCredentials}
 * credential standing for its caller, and carries a request id beginning {@link
 * #REQUEST_ID_PREFIX}, which only this connector may send, so the audit log tells the assistant's
 * writes from the caller's own.
 */
final class InProcessCalls {
  /** The request ids of the calls made in process, and only theirs, begin with this. */
  static final String REQUEST_ID_PREFIX = "agent-";

  /** How long a call may take; the agent's run has 60 s in all. */
  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);

  private final InProcessCredentials credentials = new InProcessCredentials();
  private volatile LocalConnector connector;

  /** The connector, on the server's own HTTP configuration, so requests are read as over TCP. */
  Connector connector(Server server, HttpConfiguration http) {
    connector = new LocalConnector(server, new HttpConnectionFactory(http));
    return connector;
  }

  InProcessCredentials credentials() {
    return credentials;
  }

  /** Whether the request came through the in-process connector rather than the network. */
  static boolean isInProcess(Context ctx) {
    ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
    return request != null
        && request.getConnectionMetaData().getConnector() instanceof LocalConnector;
  }

  /**
   * What the API answered.
   *
   * @param totalCountCapped whether a list's total was counted only up to its bound (the header's
   *     "true"), so there are at least that many
   */
  record Answer(
      int status,
      String contentType,
      String location,
      String totalCount,
      boolean totalCountCapped,
      byte[] body) {
    boolean succeeded() {
      return status >= 200 && status < 300;
    }
  }

  /**
   * Sends one request as {@code caller} and waits for its answer.
   *
   * @param target the path and query, percent-encoded
   * @param body a JSON body, or null for none
   * @throws UnavailableException when the server is not running or does not answer in time
   */
  Answer send(Caller caller, String method, String target, byte[] body, String requestId) {
    String credential = credentials.issue(caller);
    try {
      return exchange(credential, method, target, body, requestId);
    } finally {
      // a request refused before authentication (no such route) never redeemed it
      credentials.revoke(credential);
    }
  }

  /** One request with the credential given, as {@link #send} makes it. */
  Answer exchange(String credential, String method, String target, byte[] body, String requestId) {
    LocalConnector local = connector;
    if (local == null || !local.isStarted()) {
      throw new UnavailableException("The API is not running, so the tool could not run.", null);
    }
    HttpTester.Request request = HttpTester.newRequest();
    request.setMethod(method);
    request.setURI(target);
    request.setVersion(HttpVersion.HTTP_1_1);
    request.put(HttpHeader.HOST, "localhost");
    request.put(HttpHeader.CONNECTION, "close");
    request.put(HttpHeader.AUTHORIZATION, "Bearer " + credential);
    request.put(RequestIds.HEADER, requestId);
    if (body != null) {
      request.put(HttpHeader.CONTENT_TYPE, "application/json");
      request.setContent(body);
    }
    ByteBuffer raw;
    try {
      raw =
          local.getResponse(request.generate(), false, ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnavailableException("The tool call was interrupted.", e);
    } catch (Exception e) {
      throw new UnavailableException("The tool call could not be made: " + e.getMessage(), e);
    }
    if (raw == null) {
      throw new UnavailableException(
          "The API did not answer the tool call within " + ANSWER_WITHIN.toSeconds() + " s.", null);
    }
    HttpTester.Response response = HttpTester.parseResponse(raw);
    return new Answer(
        response.getStatus(),
        response.get(HttpHeader.CONTENT_TYPE),
        response.get(HttpHeader.LOCATION),
        response.get(Responses.TOTAL_COUNT),
        "true".equals(response.get(Responses.TOTAL_COUNT_CAPPED)),
        response.getContentBytes() == null ? new byte[0] : response.getContentBytes());
  }
}
