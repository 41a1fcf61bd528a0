package dev.concierge.core.digest;

import dev.concierge.core.paging.Page;
import java.time.Instant;

/**
 * What a digest reads, within the recipient's organization: for an admin every client, for anyone
 * else the clients of the open projects (new or in progress) assigned to them. Each list is its
 * first {@code limit} items and how many there are: every client, but reminders and tasks counted
 * only up to {@link Page#COUNTED_UP_TO} (a total of that many means at least as many), so that a
 * digest of a large organization reads no more than its first items and a bounded count. Deleted
 * rows are left out. Thread-safe.
 */
public interface DigestSources {
  /** The staff member's clients, by name then id. */
  Page<DigestClient> clients(DigestRecipient recipient, int limit);

  /**
   * Pending reminders (not sent, failed nor paused) due from {@code from} to {@code to}, soonest
   * first.
   */
  Page<DigestReminder> dueReminders(DigestRecipient recipient, Instant from, Instant to, int limit);

  /** Reminders whose current cycle failed for good, latest failure first. */
  Page<DigestReminder> failedReminders(DigestRecipient recipient, int limit);

  /**
   * Open tasks (pending or in progress) of the clients' open projects: those with a due date first,
   * soonest first, then by project and position.
   */
  Page<DigestTask> openTasks(DigestRecipient recipient, int limit);
}
