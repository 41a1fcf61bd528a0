package dev.concierge.core.ports;

import java.time.Instant;
import java.util.Optional;

/** What is waiting to be delivered, across all organizations. */
public interface DueReminderStatsPort {
  /** The scheduled time of the oldest reminder that is due and not yet sent or failed. */
  Optional<Instant> oldestDueReminder(Instant now);

  /** How many reminders are due and not yet sent or failed. */
  long countDueReminders(Instant now);
}
