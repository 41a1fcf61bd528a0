package dev.concierge.core.reminders.delivery;

import java.time.Instant;
import java.util.Optional;

/** How far behind delivery is: what an alert on the reminder queue reads, and nothing else. */
public interface DueReminderStats {
  /** The scheduled time of the oldest reminder that is due and not yet sent or failed. */
  Optional<Instant> oldestDue(Instant now);

  /** How many reminders are due and not yet sent or failed. */
  long countDue(Instant now);
}
