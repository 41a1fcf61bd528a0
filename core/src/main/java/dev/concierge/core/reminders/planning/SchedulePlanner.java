package dev.concierge.core.reminders.planning;

import dev.concierge.core.reminders.ReminderSchedule;
import dev.concierge.core.reminders.ReminderTrigger;
import dev.concierge.core.time.NextOccurrence;
import dev.concierge.core.time.RecurringDate;
import dev.concierge.core.time.Today;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides where a date item and its lead-time reminders belong in time, today as its person sees
 * it: the next occurrence (an occurrence today counts), and for each reminder the cycle of that
 * occurrence.
 *
 * <ul>
 *   <li>A reminder whose cycle for this occurrence is closed (sent, or failed for good) is left
 *       alone, so nothing is ever sent twice for one occurrence, whatever else changes.
 *   <li>A closed cycle of an earlier occurrence is re-armed for the next one (roll-over).
 *   <li>A pending reminder gets the fire time of the next occurrence (recomputation after an edit
 *       of the date, the rule, the zone or the send time). A fire time already past stays as
 *       computed: the dispatcher sends it at once.
 *   <li>A pending cycle whose occurrence has already passed was never delivered; it is superseded
 *       and reported as missed, never silently dropped.
 *   <li>A reminder a dispatcher is delivering right now is not touched; the next pass sees it.
 * </ul>
 *
 * Thread-safe.
 */
public final class SchedulePlanner implements ScheduleCalculation {
  private final Clock clock;
  private final ReminderSchedule reminderSchedule;

  public SchedulePlanner(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.reminderSchedule = new ReminderSchedule(clock);
  }

  /**
   * @throws dev.concierge.core.errors.ValidationException when the stored rule is invalid
   */
  @Override
  public ScheduleChange plan(DateItemSchedule item) {
    LocalDate today = Today.in(item.zone(), clock);
    RecurringDate date = RecurringDate.of(item.dateValue(), item.recurrenceRule(), item.leapDays());
    LocalDate next = NextOccurrence.onOrAfter(date, today).orElse(null);
    List<ReminderChange> changes = new ArrayList<>();
    if (next != null) {
      for (LeadTimeReminder reminder : item.reminders()) {
        ReminderChange change = planReminder(item, reminder, next, today);
        if (change != null) {
          changes.add(change);
        }
      }
    } else {
      placeOnLastOccurrence(item, date, today, changes);
    }
    return new ScheduleChange(
        item.dateItemId(),
        next,
        !Objects.equals(next, item.nextOccurrence()),
        changes,
        item.version());
  }

  private ReminderChange planReminder(
      DateItemSchedule item, LeadTimeReminder reminder, LocalDate next, LocalDate today) {
    if (reminder.claimed()) {
      return null;
    }
    LocalDate cycleOccurrence = cycleOccurrence(item, reminder);
    if (reminder.cycleClosed() && next.equals(cycleOccurrence)) {
      return null;
    }
    Instant fireAt = fireAt(item, reminder, next);
    if (!reminder.cycleClosed()
        && fireAt.equals(reminder.scheduledAt())
        && next.equals(reminder.occurrence())) {
      return null;
    }
    LocalDate missed =
        !reminder.cycleClosed()
                && cycleOccurrence != null
                && cycleOccurrence.isBefore(today)
                && !cycleOccurrence.equals(next)
            ? cycleOccurrence
            : null;
    return new ReminderChange(
        reminder.reminderRuleId(),
        fireAt,
        next,
        reminder.cycleClosed(),
        missed,
        reminder.version());
  }

  /**
   * A date with no occurrence left (a one-off date already past, a finished series) gives a
   * reminder that was never placed the time it would have had for the last occurrence: already
   * past, so the dispatcher sends it at once rather than never. Reminders placed before keep their
   * cycle.
   */
  private void placeOnLastOccurrence(
      DateItemSchedule item, RecurringDate date, LocalDate today, List<ReminderChange> changes) {
    LocalDate last = null;
    for (LeadTimeReminder reminder : item.reminders()) {
      if (reminder.claimed() || reminder.cycleClosed() || reminder.scheduledAt() != null) {
        continue;
      }
      if (last == null) {
        last =
            date.occurrences().takeWhile(o -> !o.isAfter(today)).reduce((a, b) -> b).orElse(null);
        if (last == null) {
          return;
        }
      }
      changes.add(
          new ReminderChange(
              reminder.reminderRuleId(),
              fireAt(item, reminder, last),
              last,
              false,
              null,
              reminder.version()));
    }
  }

  private Instant fireAt(DateItemSchedule item, LeadTimeReminder reminder, LocalDate occurrence) {
    return reminderSchedule
        .fireTime(
            new ReminderTrigger.LeadTime(reminder.leadTimeDays(), item.sendTime()),
            occurrence,
            item.zone())
        .fireAt()
        .toInstant();
  }

  /**
   * The occurrence the reminder's current cycle is about. Rows written before the occurrence was
   * recorded carry only a fire time: the occurrence is then its local date plus the lead time.
   */
  private static LocalDate cycleOccurrence(DateItemSchedule item, LeadTimeReminder reminder) {
    if (reminder.occurrence() != null) {
      return reminder.occurrence();
    }
    if (reminder.scheduledAt() == null) {
      return null;
    }
    return LocalDate.ofInstant(reminder.scheduledAt(), item.zone())
        .plusDays(reminder.leadTimeDays());
  }
}
