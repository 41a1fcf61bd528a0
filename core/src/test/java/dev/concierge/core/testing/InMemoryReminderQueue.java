package dev.concierge.core.testing;

import dev.concierge.core.reminders.delivery.DeliveryAttempt;
import dev.concierge.core.reminders.delivery.DueReminder;
import dev.concierge.core.reminders.delivery.PendingReminder;
import dev.concierge.core.reminders.delivery.ReminderQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@link ReminderQueue} in memory, for fast tests of the dispatcher; held to PostgreSQL's by the
 * contract. A test queues reminders with what a claim reads already joined to them (person, date,
 * route), as PostgreSQL's claim joins it.
 */
public final class InMemoryReminderQueue implements ReminderQueue {
  private final Map<UUID, Entry> entries = new LinkedHashMap<>();
  private final List<DeliveryAttempt> history = new ArrayList<>();

  /**
   * Queues {@code reminder}, due at its {@link DueReminder#cycle()}, with no attempt made yet (its
   * {@code attemptNumber} is ignored: claims count attempts).
   */
  public synchronized void add(DueReminder reminder) {
    entries.put(reminder.reminderRuleId(), new Entry(reminder));
  }

  /** Every attempt recorded, in order: the reminders' delivery history. */
  public synchronized List<DeliveryAttempt> history() {
    return List.copyOf(history);
  }

  @Override
  public synchronized List<DueReminder> claim(
      String dispatcherId, Instant now, Duration lease, int limit) {
    List<DueReminder> claimed = new ArrayList<>();
    due(now)
        .filter(entry -> entry.claimable(now))
        .limit(limit)
        .forEach(
            entry -> {
              entry.claimedBy = dispatcherId;
              entry.claimExpiresAt = now.plus(lease);
              entry.attempts++;
              claimed.add(entry.asAttempt());
            });
    return claimed;
  }

  @Override
  public synchronized Set<UUID> renew(
      String dispatcherId, List<DueReminder> claimed, Instant now, Duration lease) {
    Set<UUID> renewed = new HashSet<>();
    for (DueReminder reminder : claimed) {
      Entry entry = entries.get(reminder.reminderRuleId());
      if (entry != null && dispatcherId.equals(entry.claimedBy) && entry.due(now)) {
        entry.claimExpiresAt = now.plus(lease);
        renewed.add(reminder.reminderRuleId());
      }
    }
    return renewed;
  }

  @Override
  public synchronized void record(String dispatcherId, List<DeliveryAttempt> attempts) {
    for (DeliveryAttempt attempt : attempts) {
      DueReminder reminder = attempt.reminder();
      if (attempt.outcome() != DeliveryAttempt.Outcome.DELIVERED
          || history.stream().noneMatch(earlier -> deliveredSameCycle(earlier, reminder))) {
        history.add(attempt);
      }
      Entry entry = entries.get(reminder.reminderRuleId());
      if (entry == null
          || !dispatcherId.equals(entry.claimedBy)
          || !entry.reminder.cycle().equals(reminder.cycle())) {
        continue;
      }
      switch (attempt.outcome()) {
        case DELIVERED -> entry.sentAt = attempt.finishedAt();
        case FAILED, EXHAUSTED -> entry.failedAt = attempt.finishedAt();
        case RETRY -> {}
      }
      entry.nextAttemptAt = attempt.nextAttemptAt();
      entry.claimedBy = null;
      entry.claimExpiresAt = null;
    }
  }

  @Override
  public synchronized int release(String dispatcherId) {
    int released = 0;
    for (Entry entry : entries.values()) {
      if (dispatcherId.equals(entry.claimedBy)) {
        entry.claimedBy = null;
        entry.claimExpiresAt = null;
        released++;
      }
    }
    return released;
  }

  @Override
  public synchronized List<PendingReminder> listDue(Instant now, int limit) {
    return due(now)
        .limit(limit)
        .map(
            entry ->
                new PendingReminder(
                    entry.reminder.reminderRuleId(),
                    entry.reminder.orgId(),
                    entry.reminder.cycle(),
                    entry.attempts,
                    entry.nextAttemptAt,
                    entry.claimedBy))
        .toList();
  }

  @Override
  public synchronized Optional<UUID> organizationOf(UUID reminderRuleId) {
    return Optional.ofNullable(entries.get(reminderRuleId)).map(entry -> entry.reminder.orgId());
  }

  @Override
  public synchronized Optional<Instant> oldestDue(Instant now) {
    return due(now).findFirst().map(entry -> entry.reminder.cycle());
  }

  @Override
  public synchronized long countDue(Instant now) {
    return due(now).count();
  }

  private Stream<Entry> due(Instant now) {
    return entries.values().stream()
        .filter(entry -> entry.due(now))
        .sorted(
            Comparator.comparing((Entry entry) -> entry.reminder.cycle())
                .thenComparing(entry -> entry.reminder.reminderRuleId()));
  }

  private static boolean deliveredSameCycle(DeliveryAttempt earlier, DueReminder reminder) {
    return earlier.outcome() == DeliveryAttempt.Outcome.DELIVERED
        && earlier.reminder().reminderRuleId().equals(reminder.reminderRuleId())
        && earlier.reminder().cycle().equals(reminder.cycle());
  }

  /** A queued reminder and its state, as a reminder_rules row keeps it. */
  private static final class Entry {
    final DueReminder reminder;
    int attempts;
    Instant sentAt;
    Instant failedAt;
    Instant nextAttemptAt;
    String claimedBy;
    Instant claimExpiresAt;

    Entry(DueReminder reminder) {
      this.reminder = reminder;
    }

    boolean due(Instant now) {
      return sentAt == null && failedAt == null && !reminder.cycle().isAfter(now);
    }

    boolean claimable(Instant now) {
      return (nextAttemptAt == null || !nextAttemptAt.isAfter(now))
          && (claimExpiresAt == null || !claimExpiresAt.isAfter(now));
    }

    DueReminder asAttempt() {
      return new DueReminder(
          reminder.reminderRuleId(),
          reminder.orgId(),
          reminder.personId(),
          reminder.cycle(),
          attempts,
          reminder.commIdentityId(),
          reminder.channel(),
          reminder.recipient(),
          reminder.personName(),
          reminder.zone(),
          reminder.dateTitle(),
          reminder.categoryName(),
          reminder.occurrenceDate(),
          reminder.notes(),
          reminder.relatedPersonName());
    }
  }
}
