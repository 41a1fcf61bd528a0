package dev.concierge.core.reminders.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claims of one dispatch round and how long they are known to hold. They are renewed (a
 * heartbeat) each third of the lease while the round runs, by a timer and before each send, so a
 * claim runs out only when its dispatcher died or stalled; that is what lets the lease be short. A
 * send starts only while at least half the lease is known to remain, and never for a reminder whose
 * claim another dispatcher took after the lease ended: that one is the other's to send.
 */
final class RoundClaims {
  private static final Logger log = LoggerFactory.getLogger("dev.concierge.delivery");

  private final ReminderQueue queue;
  private final String dispatcherId;
  private final Clock clock;
  private final Duration lease;
  private final Map<UUID, DueReminder> held = new LinkedHashMap<>();
  private Instant renewedAt;
  private Instant holdsUntil;

  RoundClaims(
      ReminderQueue queue,
      String dispatcherId,
      Clock clock,
      Duration lease,
      List<DueReminder> claimed,
      Instant claimedAt) {
    this.queue = queue;
    this.dispatcherId = dispatcherId;
    this.clock = clock;
    this.lease = lease;
    claimed.forEach(reminder -> held.put(reminder.reminderRuleId(), reminder));
    this.renewedAt = claimedAt;
    this.holdsUntil = claimedAt.plus(lease);
  }

  /** Whether {@code reminder} may be sent now: its claim is still ours for half a lease. */
  synchronized boolean maySend(DueReminder reminder) {
    Instant now = clock.instant();
    renewIfDue(now);
    return held.containsKey(reminder.reminderRuleId())
        && !now.plus(lease.dividedBy(2)).isAfter(holdsUntil);
  }

  /** Renews the claims still held when a third of the lease has passed since the last renewal. */
  synchronized void renewIfDue() {
    renewIfDue(clock.instant());
  }

  private void renewIfDue(Instant now) {
    if (held.isEmpty() || now.isBefore(renewedAt.plus(lease.dividedBy(3)))) {
      return;
    }
    // a failed renewal is tried again a third of a lease later, not before every send
    renewedAt = now;
    Set<UUID> stillHeld;
    try {
      stillHeld = queue.renew(dispatcherId, List.copyOf(held.values()), now, lease);
    } catch (RuntimeException e) {
      log.warn(
          "could not renew the {} claims of {}; sending stops when half their lease is left: {}",
          held.size(),
          dispatcherId,
          e.getMessage());
      return;
    }
    int before = held.size();
    held.keySet().retainAll(stillHeld);
    holdsUntil = now.plus(lease);
    if (held.size() < before) {
      log.warn(
          "{} lost {} claim(s) to another dispatcher after their lease ended; not sending those",
          dispatcherId,
          before - held.size());
    }
  }
}
