package dev.concierge.core.agents.llm;

import java.time.Duration;

/** Too many requests for the account's rate limit (HTTP 429), after the client's own retries. */
public final class LlmRateLimitedException extends LlmException {
  private static final long serialVersionUID = 1L;

  /**
   * @param retryAfter what the provider's retry-after header asked for; null when it gave none
   */
  public LlmRateLimitedException(String message, Duration retryAfter) {
    super(message, null, retryAfter);
  }
}
