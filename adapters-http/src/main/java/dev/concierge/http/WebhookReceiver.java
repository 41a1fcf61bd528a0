package dev.concierge.http;

import java.util.Map;

/**
 * Takes what a provider posts to the service on its own (Slack's Events API and its button
 * presses), verifies it and answers it. The server hands it the raw body, as signatures are over
 * the exact bytes. The composition plugs the Slack adapter's receiver in here.
 */
@FunctionalInterface
public interface WebhookReceiver {
  /**
   * @param headers the request's headers, names in lower case
   * @throws dev.concierge.core.errors.UnauthenticatedException when the request is not signed by
   *     the provider (a 401 problem; the address's allowance of failed authentications is spent)
   */
  Reply receive(Map<String, String> headers, byte[] body);

  /** What to answer the provider. */
  record Reply(int status, String contentType, String body) {}
}
