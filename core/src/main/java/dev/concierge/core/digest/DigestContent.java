package dev.concierge.core.digest;

import dev.concierge.core.dashboard.CalendarEntry;
import dev.concierge.core.paging.Page;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What one digest says: each list is its first items and how many there are in all, so that a large
 * organization's digest stays one readable message ("and 40 more").
 *
 * @param allClients true for an admin's digest (every client), false for the clients of the
 *     projects assigned to the recipient
 * @param zone the zone the digest's times are shown in (the recipient's)
 * @param dates occurrences from each client's today to {@code daysAhead} days later, in their zone
 * @param dueReminders pending reminders due from {@code generatedAt} to {@code daysAhead} days
 *     later
 * @param failedReminders reminders that failed for good and wait for someone to act
 * @param openTasks open tasks of the clients' open projects
 */
public record DigestContent(
    DigestRecipient recipient,
    boolean allClients,
    Instant generatedAt,
    ZoneId zone,
    int daysAhead,
    Page<CalendarEntry> dates,
    Page<DigestReminder> dueReminders,
    Page<DigestReminder> failedReminders,
    Page<DigestTask> openTasks) {

  public DigestContent {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(dueReminders, "dueReminders");
    Objects.requireNonNull(failedReminders, "failedReminders");
    Objects.requireNonNull(openTasks, "openTasks");
  }

  /** Nothing to say: such a digest is not sent. */
  public boolean isEmpty() {
    return dates.total() == 0
        && dueReminders.total() == 0
        && failedReminders.total() == 0
        && openTasks.total() == 0;
  }
}
