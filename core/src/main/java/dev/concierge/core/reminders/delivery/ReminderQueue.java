package dev.concierge.core.reminders.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The due reminders waiting for delivery: claimed in batches under a lease, their attempts
 * recorded, their claims given back. Implementations are thread-safe.
 */
public interface ReminderQueue extends DueReminderStats {
  List<DueReminder> claimDueReminders(String dispatcherId, Instant now, Duration lease, int limit);

  void recordDeliveryAttempts(String dispatcherId, List<DeliveryAttempt> attempts);

  int releaseReminderClaims(String dispatcherId);

  List<PendingReminder> listDueReminders(Instant now, int limit);

  Optional<UUID> organizationOfReminder(UUID reminderRuleId);
}
