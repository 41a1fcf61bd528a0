package dev.concierge.slack;

import com.slack.api.methods.SlackApiErrorResponse;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.concierge.core.reminders.delivery.SendResult;
import dev.concierge.core.reminders.delivery.SendResult.Delivered;
import dev.concierge.core.reminders.delivery.SendResult.PermanentFailure;
import dev.concierge.core.reminders.delivery.SendResult.TransientFailure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what the Slack SDK returned or threw for one chat.postMessage into a {@link SendResult}.
 */
final class SlackOutcomes {

  private static final int TOO_MANY_REQUESTS = 429;
  private static final int REQUEST_TIMEOUT = 408;

  private SlackOutcomes() {}

  /** An HTTP 200 answer: Slack reports its own errors inside the body. */
  static SendResult of(ChatPostMessageResponse response) {
    if (response.isOk()) {
      return new Delivered(messageId(response.getChannel(), response.getTs()));
    }
    String code = response.getError() == null ? "unknown_error" : response.getError();
    Optional<Duration> retryAfter = retryAfter(firstHeader(response.getHttpResponseHeaders()));
    return failure(code, describe(code, response.getNeeded()), retryAfter);
  }

  /** A non-2xx HTTP answer, which the SDK throws rather than returns. */
  static SendResult of(SlackApiException e) {
    int status = e.getResponse().code();
    if (status == TOO_MANY_REQUESTS) {
      return new TransientFailure(
          "rate_limited",
          "Slack answered HTTP 429",
          retryAfter(e.getResponse().header("Retry-After")));
    }
    String httpCode = "http_" + status;
    if (status >= 500 || status == REQUEST_TIMEOUT || status < 400) {
      return new TransientFailure(httpCode, "Slack answered HTTP " + status);
    }
    // other 4xx: the body's error code says more than the status when there is one
    SlackApiErrorResponse error = e.getError();
    if (error != null && error.getError() != null) {
      return failure(
          error.getError(), describe(error.getError(), error.getNeeded()), Optional.empty());
    }
    return new PermanentFailure(httpCode, "Slack refused the request with HTTP " + status);
  }

  private static SendResult failure(String code, String message, Optional<Duration> retryAfter) {
    return SlackErrorCodes.isPermanent(code)
        ? new PermanentFailure(code, message)
        : new TransientFailure(code, message, retryAfter);
  }

  /** A ts is unique only within its channel, and a DM's channel is not the user id we sent to. */
  private static String messageId(String channel, String ts) {
    return channel == null || channel.isEmpty() ? ts : channel + ":" + ts;
  }

  private static String describe(String code, String neededScope) {
    String message = "Slack answered " + code;
    return neededScope == null ? message : message + " (needs scope " + neededScope + ")";
  }

  private static String firstHeader(Map<String, List<String>> lowerCasedHeaders) {
    if (lowerCasedHeaders == null) {
      return null;
    }
    List<String> values = lowerCasedHeaders.get("retry-after");
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Slack sends whole seconds; anything else is ignored rather than guessed at. */
  private static Optional<Duration> retryAfter(String headerValue) {
    if (headerValue == null) {
      return Optional.empty();
    }
    try {
      long seconds = Long.parseLong(headerValue.strip());
      return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
