package dev.concierge.core.agents.llm;

import dev.concierge.core.errors.ConciergeException;
import java.time.Duration;
import java.util.Optional;

/**
 * The model could not give a reply. The subclasses say why, so that a caller answers each the way
 * it deserves: try later (with the provider's retry-after when it gave one), report a bug in the
 * request, or report a broken reply. Messages never carry a credential.
 */
public abstract sealed class LlmException extends ConciergeException
    permits LlmRateLimitedException,
        LlmOverloadedException,
        LlmInvalidRequestException,
        LlmTimeoutException,
        LlmUnavailableException,
        LlmMalformedReplyException {
  private static final long serialVersionUID = 1L;
  private final Duration retryAfter;

  LlmException(String message, Throwable cause) {
    this(message, cause, null);
  }

  /**
   * @param retryAfter what the provider's retry-after header asked for; null when it gave none
   */
  LlmException(String message, Throwable cause, Duration retryAfter) {
    super(message, cause);
    this.retryAfter = retryAfter;
  }

  /** How long the provider asked us to wait before trying again, when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
