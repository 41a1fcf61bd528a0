package dev.concierge.core.reminders.delivery;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a provider said about one send. A sender reports failures as values; an exception escaping a
 * sender is treated by the dispatcher as a {@link TransientFailure}.
 */
public sealed interface SendResult {

  /** The provider accepted the message. */
  record Delivered(String providerMessageId) implements SendResult {}

  /**
   * Worth trying again later: throttling, timeouts, provider outages.
   *
   * @param retryAfter how long the provider asked us to wait, when it said so
   */
  record TransientFailure(String code, String message, Optional<Duration> retryAfter)
      implements SendResult {
    public TransientFailure {
      Objects.requireNonNull(code, "code");
      message = message == null ? "" : message;
      retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
    }

    public TransientFailure(String code, String message) {
      this(code, message, Optional.empty());
    }
  }

  /** Trying again cannot help: unknown recipient, rejected content, unverified sender. */
  record PermanentFailure(String code, String message) implements SendResult {
    public PermanentFailure {
      Objects.requireNonNull(code, "code");
      message = message == null ? "" : message;
    }
  }
}
