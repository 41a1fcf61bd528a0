package dev.concierge.ses;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads an HTTP {@code Retry-After} value, which is either delay-seconds or an HTTP date. */
final class RetryAfter {

  private RetryAfter() {}

  static Optional<Duration> parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String trimmed = value.strip();
    try {
      long seconds = Long.parseLong(trimmed);
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException notSeconds) {
      // falls through to the date form
    }
    try {
      Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, at);
      // a date already past means "now", which the dispatcher's own backoff covers better
      return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
    } catch (DateTimeParseException unreadable) {
      return Optional.empty();
    }
  }
}
