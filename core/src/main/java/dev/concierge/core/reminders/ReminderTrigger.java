package dev.concierge.core.reminders;

import dev.concierge.core.errors.ValidationException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;

/** When a reminder fires: some days before each occurrence, or at one explicit instant. */
public sealed interface ReminderTrigger {

  /** The organisation's send time when it has not chosen one. */
  LocalTime DEFAULT_SEND_TIME = LocalTime.of(9, 0);

  /** {@code daysBefore} days before the occurrence, at {@code sendTime} in the person's zone. */
  record LeadTime(int daysBefore, LocalTime sendTime) implements ReminderTrigger {
    public LeadTime {
      Objects.requireNonNull(sendTime, "sendTime");
      if (daysBefore < 0) {
        throw new ValidationException(
            "lead_time_days", "must be zero or more days, not " + daysBefore);
      }
    }

    /** At the default send time, 09:00. */
    public static LeadTime daysBefore(int days) {
      return new LeadTime(days, DEFAULT_SEND_TIME);
    }
  }

  /** At an explicit instant, whatever the date's occurrences. */
  record Scheduled(Instant at) implements ReminderTrigger {
    public Scheduled {
      Objects.requireNonNull(at, "at");
    }
  }
}
