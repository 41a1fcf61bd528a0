package dev.concierge.core.reminders.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The reminders of every organization waiting for delivery. A reminder is due from its scheduled
 * time until its cycle is sent or failed (or it is deleted). Dispatchers claim due reminders under
 * a lease, so any number of them can share the queue and a crashed one's reminders come back when
 * its lease ends; each records its attempts and gives back its claims. Implementations are
 * thread-safe.
 */
public interface ReminderQueue extends DueReminderStats {
  /**
   * Claims for {@code dispatcherId}, until {@code now + lease}, up to {@code limit} due reminders,
   * oldest first, with what wording and routing them takes. Each claim is counted as an attempt. A
   * reminder another dispatcher holds a live claim on, or one waiting for its next attempt, is not
   * claimed.
   */
  List<DueReminder> claim(String dispatcherId, Instant now, Duration lease, int limit);

  /**
   * Extends until {@code now + lease} the claims {@code dispatcherId} still holds on {@code
   * claimed} (the same reminders in the same cycles) and returns those reminders' ids: the
   * heartbeat of a running round. A claim another dispatcher took after the lease ended is not
   * extended, and its reminder is the other's to send. Never waits for a reminder another
   * transaction is changing; that one is left out, as if lost.
   */
  Set<UUID> renew(String dispatcherId, List<DueReminder> claimed, Instant now, Duration lease);

  /**
   * Records the attempts of a round, all at once: each becomes a delivery in the reminder's history
   * and sets what the reminder is now (sent, failed, or waiting for its next attempt), and the
   * dispatcher's claims on them end. A reminder whose claim {@code dispatcherId} lost meanwhile
   * (its lease ended and another claimed it) keeps its new claim; a cycle already delivered is
   * never recorded as delivered twice.
   */
  void record(String dispatcherId, List<DeliveryAttempt> attempts);

  /** Gives back every claim of {@code dispatcherId} at once; returns how many there were. */
  int release(String dispatcherId);

  /** Due reminders (claimed or waiting for a retry too), oldest first, for operators. */
  List<PendingReminder> listDue(Instant now, int limit);

  /** The organization of a live reminder, for commands that work across organizations. */
  Optional<UUID> organizationOf(UUID reminderRuleId);
}
