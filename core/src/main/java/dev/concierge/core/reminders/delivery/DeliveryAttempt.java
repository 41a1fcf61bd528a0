package dev.concierge.core.reminders.delivery;

import dev.concierge.core.identities.ChannelType;
import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of one attempt, to be recorded: a delivery row and the reminder's new state.
 *
 * @param outcome what happened and so what the reminder becomes
 * @param nextAttemptAt when to try again, for {@link Outcome#RETRY}; null otherwise
 */
public record DeliveryAttempt(
    DueReminder reminder,
    ChannelType channel,
    String recipient,
    String provider,
    String renderedMessage,
    boolean composedByModel,
    Outcome outcome,
    String providerMessageId,
    String errorCode,
    String errorMessage,
    Instant startedAt,
    Instant finishedAt,
    Instant nextAttemptAt) {

  /** What an attempt leaves the reminder as. */
  public enum Outcome {
    /** Sent: the reminder's cycle is done. */
    DELIVERED,
    /** A transient failure with attempts left: pending again at {@code nextAttemptAt}. */
    RETRY,
    /** A transient failure on the last attempt allowed: the reminder is failed. */
    EXHAUSTED,
    /** A permanent failure: the reminder is failed. */
    FAILED;

    /** Whether the reminder ends failed. */
    public boolean endsFailed() {
      return this == EXHAUSTED || this == FAILED;
    }
  }

  public DeliveryAttempt {
    Objects.requireNonNull(reminder, "reminder");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    if (outcome == Outcome.RETRY) {
      Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    }
  }
}
