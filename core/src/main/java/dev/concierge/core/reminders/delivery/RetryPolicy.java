package dev.concierge.core.reminders.delivery;

import dev.concierge.core.errors.ConfigurationException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * How often and how patiently a transiently failing reminder is tried: exponential backoff from
 * {@code firstDelay}, capped at {@code maxDelay}, with "equal jitter" (half the delay fixed, half
 * random) so reminders that failed together do not all come back together; never sooner than the
 * provider's Retry-After.
 *
 * @param maxAttempts attempts per cycle, the first included; after the last one fails the reminder
 *     is failed
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

  public static final RetryPolicy DEFAULT =
      new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1));

  public RetryPolicy {
    if (maxAttempts < 1 || maxAttempts > 100) {
      throw new ConfigurationException(
          "Delivery attempts must be between 1 and 100, not " + maxAttempts + ".");
    }
    if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
      throw new ConfigurationException(
          "Retry delays must be positive and the longest at least the first.");
    }
  }

  public boolean hasAttemptsAfter(int attemptNumber) {
    return attemptNumber < maxAttempts;
  }

  /**
   * The wait after failed attempt {@code attemptNumber} (1-based).
   *
   * @param random a uniform value in [0, 1)
   */
  public Duration delayAfter(
      int attemptNumber, Optional<Duration> retryAfter, DoubleSupplier random) {
    long first = firstDelay.toMillis();
    long longest = maxDelay.toMillis();
    int doublings = Math.min(Math.max(attemptNumber - 1, 0), 30);
    // a shift past the sign bit wraps around, possibly to a short delay: it is the longest
    long exponential =
        doublings >= Long.numberOfLeadingZeros(first) - 1
            ? longest
            : Math.min(longest, first << doublings);
    long half = exponential / 2;
    long jittered = half + (long) (random.getAsDouble() * (exponential - half));
    long floor = retryAfter.map(Duration::toMillis).orElse(0L);
    return Duration.ofMillis(Math.max(jittered, floor));
  }
}
