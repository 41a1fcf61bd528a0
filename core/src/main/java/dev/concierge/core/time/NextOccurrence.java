package dev.concierge.core.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The next calendar date a date item occurs on, counting today. Simple rules (a one-off date; a
 * YEARLY, MONTHLY, WEEKLY or DAILY rule without BYxxx parts) are answered by direct date
 * arithmetic; everything else by the general engine. Both give the same answers (a property test
 * holds them to it).
 */
public final class NextOccurrence {

  private NextOccurrence() {}

  /** The first occurrence on or after {@code today}; empty when the item has none left. */
  public static Optional<LocalDate> onOrAfter(RecurringDate item, LocalDate today) {
    return SimpleRecurrence.handles(item)
        ? SimpleRecurrence.nextOnOrAfter(item, today)
        : byGeneralEngine(item, today);
  }

  /** The next occurrence counting from today as the person sees it, in their zone. */
  public static Optional<LocalDate> fromToday(RecurringDate item, ZoneId personZone, Clock clock) {
    return onOrAfter(item, Today.in(personZone, clock));
  }

  static Optional<LocalDate> byGeneralEngine(RecurringDate item, LocalDate today) {
    Optional<RecurrenceRule> rule = item.effectiveRule();
    if (rule.isEmpty() || !today.isAfter(item.date())) {
      return item.date().isBefore(today) ? Optional.empty() : Optional.of(item.date());
    }
    if (rule.get().count().isPresent()) {
      // COUNT counts from the start, so walk from there.
      return item.occurrences().filter(date -> !date.isBefore(today)).findFirst();
    }
    return new Recurrence(rule.get(), item.date().atStartOfDay())
        .firstOnOrAfter(today.atStartOfDay())
        .map(occurrence -> occurrence.toLocalDate());
  }
}
