package dev.concierge.core.reminders;

import java.time.Instant;
import java.util.Objects;

/**
 * What an answer to a reminder did. Only {@link Result#DONE} and {@link Result#SNOOZED} changed
 * anything; the others say why nothing changed.
 *
 * @param rule the reminder as it is now; null when not found
 * @param delivery the delivery answered, as it is now (with the answer that holds); null when there
 *     is none to answer
 * @param remindAgainAt when a snoozed reminder is sent again; null otherwise
 */
public record ReminderAnswerOutcome(
    Result result, ReminderRule rule, ReminderDelivery delivery, Instant remindAgainAt) {

  /** How an answer went. */
  public enum Result {
    /** Recorded as done on the delivery: nothing more is sent this cycle. */
    DONE,
    /** Recorded on the delivery, and the reminder is due again at {@code remindAgainAt}. */
    SNOOZED,
    /** The delivery was answered already (by another press); that answer holds. */
    ALREADY_ANSWERED,
    /** The reminder moved on since this delivery (sent again, retried, changed): nothing to do. */
    NO_LONGER_CURRENT,
    /** No such reminder in the organization (another's, or deleted). */
    NOT_FOUND;

    /** Whether the answer changed the reminder. */
    public boolean changed() {
      return this == DONE || this == SNOOZED;
    }
  }

  public ReminderAnswerOutcome {
    Objects.requireNonNull(result, "result");
  }

  static ReminderAnswerOutcome notFound() {
    return new ReminderAnswerOutcome(Result.NOT_FOUND, null, null, null);
  }
}
