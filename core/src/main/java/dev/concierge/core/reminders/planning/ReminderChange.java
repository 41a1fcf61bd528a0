package dev.concierge.core.reminders.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A new cycle time for one lead-time reminder.
 *
 * @param rearm the previous cycle was closed (sent or failed): open a new one, clearing its outcome
 * @param missedOccurrence the occurrence of a cycle that was never delivered and is now superseded,
 *     recorded so the miss stays visible; null when none was missed
 */
public record ReminderChange(
    UUID reminderRuleId,
    Instant scheduledAt,
    LocalDate occurrence,
    boolean rearm,
    LocalDate missedOccurrence,
    long version) {

  public ReminderChange {
    Objects.requireNonNull(reminderRuleId, "reminderRuleId");
    Objects.requireNonNull(scheduledAt, "scheduledAt");
    Objects.requireNonNull(occurrence, "occurrence");
  }
}
