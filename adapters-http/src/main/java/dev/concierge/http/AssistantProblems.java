package dev.concierge.http;

import dev.concierge.core.agents.chat.AssistantOffException;
import dev.concierge.core.agents.llm.LlmException;
import dev.concierge.core.agents.llm.LlmInvalidRequestException;
import dev.concierge.core.agents.llm.LlmMalformedReplyException;
import dev.concierge.core.agents.llm.LlmOverloadedException;
import dev.concierge.core.agents.llm.LlmRateLimitedException;
import dev.concierge.core.agents.llm.LlmTimeoutException;
import dev.concierge.core.agents.llm.LlmUnavailableException;
import java.time.Duration;
import java.util.Optional;

/**
 * Why the assistant could not answer, as a problem: never a 500, since none of it is a bug of the
 * request or of ours. Without a model it is a 503 that names the setting; a model that is busy
 * (rate limited, overloaded, after the client's own retries) or unreachable is a 503 with the
 * {@code Retry-After} it asked for; a model too slow is a 504; a reply that is not one, or a
 * request the model's API refused, a 502. The detail is ours: what the provider said is in the
 * run's log for staff, not in the answer.
 */
final class AssistantProblems {
  /** When the provider named no wait: long enough for a brief overload to pass. */
  static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);

  private static final String KEPT =
      " The message is kept in its conversation and the run is logged.";

  /**
   * The problem, and the Retry-After it carries.
   *
   * @param retryAfter whole seconds; empty for none
   */
  record Answer(Problem problem, Optional<Long> retryAfter) {}

  private AssistantProblems() {}

  /** The answer for this cause; empty when it is none of the assistant's failures (a bug). */
  static Optional<Answer> of(Throwable cause) {
    if (cause instanceof AssistantOffException off) {
      return Optional.of(fixed("assistant-off", "Service Unavailable", 503, off.getMessage()));
    }
    if (cause instanceof LlmRateLimitedException limited) {
      return Optional.of(
          busy("model-rate-limited", "The language model is rate-limited right now.", limited));
    }
    if (cause instanceof LlmOverloadedException overloaded) {
      return Optional.of(
          busy("model-overloaded", "The language model is overloaded right now.", overloaded));
    }
    if (cause instanceof LlmUnavailableException unavailable) {
      return Optional.of(
          busy(
              "model-unavailable", "The language model cannot be reached right now.", unavailable));
    }
    if (cause instanceof LlmTimeoutException) {
      return Optional.of(
          fixed(
              "model-timeout",
              "Gateway Timeout",
              504,
              "The language model did not answer in time."));
    }
    if (cause instanceof LlmMalformedReplyException) {
      return Optional.of(
          fixed(
              "model-malformed-reply",
              "Bad Gateway",
              502,
              "The language model's reply could not be used."));
    }
    if (cause instanceof LlmInvalidRequestException) {
      return Optional.of(
          fixed(
              "model-refused-request",
              "Bad Gateway",
              502,
              "The language model refused the assistant's request."));
    }
    return Optional.empty();
  }

  private static Answer fixed(String slug, String title, int status, String why) {
    return new Answer(Problem.of(slug, title, status, why + KEPT), Optional.empty());
  }

  private static Answer busy(String slug, String why, LlmException failure) {
    long seconds = seconds(failure.retryAfter().orElse(DEFAULT_RETRY_AFTER));
    return new Answer(
        Problem.of(
            slug, "Service Unavailable", 503, why + KEPT + " Try again in " + seconds + " s."),
        Optional.of(seconds));
  }

  /** Whole seconds, rounded up, at least one: Retry-After has no fractions and 0 means now. */
  private static long seconds(Duration wait) {
    long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
