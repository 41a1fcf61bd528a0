package dev.concierge.core.ports;

import dev.concierge.core.reminders.delivery.DueReminder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Claims reminders that are due (scheduled at or before {@code now}, not sent, not failed, not
 * deleted, not waiting for a retry later, not under another live claim) for one dispatcher, so that
 * no other dispatcher takes them until the lease ends. Claiming counts an attempt.
 */
public interface ClaimDueRemindersPort {
  List<DueReminder> claimDueReminders(String dispatcherId, Instant now, Duration lease, int limit);
}
