package dev.concierge.core.reminders.delivery;

import java.time.Duration;

/** Hears about every attempt, e.g. to count them in metrics. Must be cheap and never throw. */
public interface DeliveryListener {
  DeliveryListener NONE = attempt -> {};

  /**
   * @param attempt what happened; its start and finish times give the send latency
   */
  void attempted(DeliveryAttempt attempt);

  static Duration latency(DeliveryAttempt attempt) {
    return Duration.between(attempt.startedAt(), attempt.finishedAt());
  }
}
