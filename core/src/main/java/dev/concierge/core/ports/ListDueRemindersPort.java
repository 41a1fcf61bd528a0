package dev.concierge.core.ports;

import dev.concierge.core.reminders.delivery.PendingReminder;
import java.time.Instant;
import java.util.List;

/** The oldest reminders that are due and not yet sent or failed, across organizations. */
public interface ListDueRemindersPort {
  List<PendingReminder> listDueReminders(Instant now, int limit);
}
