package dev.concierge.core.reminders.delivery;

import dev.concierge.core.errors.ConfigurationException;
import java.time.Duration;
import java.util.Objects;

/**
 * How a dispatcher works.
 *
 * @param dispatcherId names this dispatcher's claims; unique per running instance
 * @param batchSize reminders claimed per round
 * @param lease how long a claim holds unless renewed; a running round renews its claims each third
 *     of it, so it must outlast one send (sends time out well before) and a renewal's round trip
 * @param sendConcurrency sends in flight at once within a round
 */
public record DispatcherSettings(
    String dispatcherId, int batchSize, Duration lease, int sendConcurrency, RetryPolicy retry) {

  public static final int DEFAULT_BATCH_SIZE = 500;

  /** What a dead dispatcher's reminders wait before another takes them. */
  public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);

  public static final int DEFAULT_SEND_CONCURRENCY = 8;

  public DispatcherSettings {
    Objects.requireNonNull(dispatcherId, "dispatcherId");
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(retry, "retry");
    if (batchSize < 1 || batchSize > 10_000) {
      throw new ConfigurationException("The dispatch batch size must be between 1 and 10000.");
    }
    if (sendConcurrency < 1 || sendConcurrency > 256) {
      throw new ConfigurationException("Send concurrency must be between 1 and 256.");
    }
    if (lease.compareTo(Duration.ofSeconds(30)) < 0) {
      throw new ConfigurationException(
          "A claim lease shorter than 30 seconds would expire mid-send.");
    }
  }

  public static DispatcherSettings defaults(String dispatcherId) {
    return new DispatcherSettings(
        dispatcherId,
        DEFAULT_BATCH_SIZE,
        DEFAULT_LEASE,
        DEFAULT_SEND_CONCURRENCY,
        RetryPolicy.DEFAULT);
  }
}
