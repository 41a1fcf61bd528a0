package dev.concierge.core.agents.llm;

import java.time.Duration;

/** The provider is overloaded (HTTP 529), after the client's own retries. */
public final class LlmOverloadedException extends LlmException {
  private static final long serialVersionUID = 1L;

  /**
   * @param retryAfter what the provider's retry-after header asked for; null when it gave none
   */
  public LlmOverloadedException(String message, Duration retryAfter) {
    super(message, null, retryAfter);
  }
}
