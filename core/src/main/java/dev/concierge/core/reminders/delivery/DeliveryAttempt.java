package dev.concierge.core.reminders.delivery;

import dev.concierge.core.identities.ChannelType;
import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of one attempt, to be recorded: a delivery row and the reminder's new state. Made by
 * {@link #noRoute} or by a {@link Send}'s outcome methods, which say what each outcome carries.
 *
 * @param channel where it went; null when the person had no route
 * @param outcome what happened and so what the reminder becomes
 * @param errorMessage at most {@value #MAX_ERROR_LENGTH} characters (a provider's may be longer)
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

  public static final int MAX_ERROR_LENGTH = 2_000;

  /** The provider recorded for an attempt that reached none. */
  public static final String NO_PROVIDER = "none";

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
    if (outcome != Outcome.DELIVERED) {
      Objects.requireNonNull(errorCode, "errorCode");
    }
    if (outcome == Outcome.RETRY) {
      Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    }
    if (errorMessage != null && errorMessage.length() > MAX_ERROR_LENGTH) {
      errorMessage = errorMessage.substring(0, MAX_ERROR_LENGTH);
    }
  }

  /** The person has no identity to deliver to: the reminder fails at once and nothing is sent. */
  public static DeliveryAttempt noRoute(DueReminder reminder, Instant at) {
    return new DeliveryAttempt(
        reminder,
        null,
        null,
        NO_PROVIDER,
        null,
        false,
        Outcome.FAILED,
        null,
        "no_route",
        "The person has no communication identity to deliver to; add one and retry.",
        at,
        at,
        null);
  }

  /**
   * One send of a routed reminder: which provider got which text, from when to when. What the
   * provider answered makes it an attempt.
   *
   * @param composedByModel worded by the model rather than the template
   */
  public record Send(
      DueReminder reminder,
      String provider,
      String renderedMessage,
      boolean composedByModel,
      Instant startedAt,
      Instant finishedAt) {

    public Send {
      Objects.requireNonNull(reminder, "reminder");
      if (!reminder.hasRoute()) {
        throw new IllegalArgumentException("a reminder without a route is not sent: noRoute");
      }
    }

    public DeliveryAttempt delivered(String providerMessageId) {
      return attempt(Outcome.DELIVERED, providerMessageId, null, null, null);
    }

    /** A transient failure, tried again at {@code nextAttemptAt}. */
    public DeliveryAttempt retryAt(Instant nextAttemptAt, String errorCode, String errorMessage) {
      return attempt(Outcome.RETRY, null, errorCode, errorMessage, nextAttemptAt);
    }

    /** A transient failure of the last attempt allowed. */
    public DeliveryAttempt exhausted(String errorCode, String errorMessage) {
      return attempt(Outcome.EXHAUSTED, null, errorCode, errorMessage, null);
    }

    /** A permanent failure. */
    public DeliveryAttempt failed(String errorCode, String errorMessage) {
      return attempt(Outcome.FAILED, null, errorCode, errorMessage, null);
    }

    private DeliveryAttempt attempt(
        Outcome outcome,
        String providerMessageId,
        String errorCode,
        String errorMessage,
        Instant nextAttemptAt) {
      return new DeliveryAttempt(
          reminder,
          reminder.channel(),
          reminder.recipient(),
          provider,
          renderedMessage,
          composedByModel,
          outcome,
          providerMessageId,
          errorCode,
          errorMessage,
          startedAt,
          finishedAt,
          nextAttemptAt);
    }
  }
}
