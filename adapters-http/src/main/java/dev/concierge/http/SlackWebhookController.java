package dev.concierge.http;

import dev.concierge.core.errors.UnauthenticatedException;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * POST /api/v1/webhooks/slack: Slack's Events API and button presses over HTTPS, the alternative to
 * Socket Mode. Public, as Slack sends no credential of ours: the receiver checks Slack's signature
 * instead, and a request that fails it spends the address's allowance of failed authentications,
 * like a wrong API key.
 */
final class SlackWebhookController {
  static final String PATH = "/api/v1/webhooks/slack";
  private static final String UNSIGNED = "The request does not carry a valid Slack signature.";

  private final WebhookReceiver receiver;
  private final RateLimiting rateLimiting;

  /**
   * @param receiver null when the service does not take Slack's events over HTTP: then no request
   *     can be signed as it would need, and every one is refused as unsigned
   */
  SlackWebhookController(WebhookReceiver receiver, RateLimiting rateLimiting) {
    this.receiver = receiver;
    this.rateLimiting = rateLimiting;
  }

  List<Operation> operations() {
    return List.of(Operation.post(PATH, "receiveSlackEvent", Access.PUBLIC, this::receive));
  }

  private void receive(Context ctx) {
    String address = ClientAddress.of(ctx);
    rateLimiting.refuseWhileBlocked(address);
    Map<String, String> headers = new HashMap<>();
    ctx.headerMap().forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
    WebhookReceiver.Reply reply;
    try {
      if (receiver == null) {
        // the same answer as a forged signature: whether Slack is set up here is nobody's business
        throw new UnauthenticatedException(UNSIGNED);
      }
      reply = receiver.receive(headers, ctx.bodyAsBytes());
    } catch (UnauthenticatedException e) {
      rateLimiting.failedFrom(address);
      throw e;
    }
    ctx.status(reply.status());
    if (reply.body() == null || reply.body().isEmpty()) {
      ctx.result("");
    } else {
      ctx.contentType(reply.contentType()).result(reply.body());
    }
  }
}
