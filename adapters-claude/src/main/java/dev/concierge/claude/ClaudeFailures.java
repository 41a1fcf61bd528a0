package dev.concierge.claude;

import com.anthropic.core.http.Headers;
import com.anthropic.errors.AnthropicException;
import com.anthropic.errors.AnthropicInvalidDataException;
import com.anthropic.errors.AnthropicIoException;
import com.anthropic.errors.AnthropicServiceException;
import dev.concierge.core.agents.llm.LlmException;
import dev.concierge.core.agents.llm.LlmInvalidRequestException;
import dev.concierge.core.agents.llm.LlmMalformedReplyException;
import dev.concierge.core.agents.llm.LlmOverloadedException;
import dev.concierge.core.agents.llm.LlmRateLimitedException;
import dev.concierge.core.agents.llm.LlmTimeoutException;
import dev.concierge.core.agents.llm.LlmUnavailableException;
import java.io.InterruptedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The SDK's exceptions in our words. The SDK's own exception carries the raw response body, which a
 * server may fill with anything, the key included; only the parts read here go on, with the key
 * removed.
 */
final class ClaudeFailures {
  private static final int TOO_MANY_REQUESTS = 429;
  private static final int OVERLOADED = 529;

  private final String apiKey;
  private final Clock clock;

  ClaudeFailures(String apiKey, Clock clock) {
    this.apiKey = apiKey;
    this.clock = clock;
  }

  /** "Claude answered HTTP 529 (overloaded_error): Overloaded, request req_…", without the key. */
  String describe(AnthropicServiceException service) {
    String type = service.type().map(t -> " (" + t.asString() + ")").orElse("");
    String detail = service.apiMessage().map(m -> ": " + m).orElse("");
    String request = service.requestId().map(id -> ", request " + id).orElse("");
    return redact("Claude answered HTTP " + service.statusCode() + type + detail + request);
  }

  String redact(String message) {
    return message.replace(apiKey, "[redacted]");
  }

  LlmException translate(AnthropicException e, Duration timeout) {
    if (e instanceof AnthropicServiceException service) {
      return translate(service);
    }
    if (e instanceof AnthropicIoException) {
      return timedOut(e)
          ? new LlmTimeoutException("Claude did not answer within " + timeout, null)
          : new LlmUnavailableException(
              redact("Claude could not be reached: " + rootMessage(e)), null);
    }
    if (e instanceof AnthropicInvalidDataException) {
      return new LlmMalformedReplyException(
          redact("Claude's reply could not be read: " + rootMessage(e)), null);
    }
    return new LlmUnavailableException(redact("Claude failed: " + rootMessage(e)), null);
  }

  private LlmException translate(AnthropicServiceException service) {
    String message = describe(service);
    int status = service.statusCode();
    if (status == TOO_MANY_REQUESTS) {
      return new LlmRateLimitedException(message, retryAfter(service.headers()));
    }
    if (status == OVERLOADED) {
      return new LlmOverloadedException(message, retryAfter(service.headers()));
    }
    if (status == 408 || status == 504) {
      return new LlmTimeoutException(message, null);
    }
    if (status == 400 || status == 404 || status == 413 || status == 422) {
      return new LlmInvalidRequestException(message, null);
    }
    // A rejected key (401, 403) is the installation's problem, not the request's: like a 5xx, the
    // service is unavailable until someone acts.
    return new LlmUnavailableException(message, null);
  }

  /**
   * What the provider asked us to wait: {@code retry-after-ms}, else {@code retry-after} in seconds
   * or as an HTTP date; null when it said nothing readable.
   */
  Duration retryAfter(Headers headers) {
    Duration millis = number(headers.values("retry-after-ms"), Duration.ofMillis(1));
    if (millis != null) {
      return millis;
    }
    List<String> values = headers.values("retry-after");
    Duration seconds = number(values, Duration.ofSeconds(1));
    if (seconds != null || values.isEmpty()) {
      return seconds;
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(values.get(0), DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Duration number(List<String> values, Duration unit) {
    if (values.isEmpty()) {
      return null;
    }
    try {
      BigDecimal amount = new BigDecimal(values.get(0).strip());
      if (amount.signum() < 0) {
        return null;
      }
      return Duration.ofNanos(amount.multiply(BigDecimal.valueOf(unit.toNanos())).longValue());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean timedOut(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InterruptedIOException) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }
}
