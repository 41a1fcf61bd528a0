package dev.concierge.core.exchange;

import dev.concierge.core.time.LeapDayPolicy;
import dev.concierge.core.time.NextOccurrence;
import dev.concierge.core.time.RecurringDate;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A birthday or an anniversary read from a file: a day of the year, with the year it began when the
 * file knows it ({@code 1985-03-15}) and without when it does not ({@code --03-15}).
 */
record YearlyDate(String title, MonthDay day, Integer year) {
  static final String RULE = "FREQ=YEARLY";

  LocalDate knownDate() {
    return year == null ? null : day.atYear(year);
  }

  /**
   * The date item's own date: the date itself, or for a year the file does not know its latest
   * occurrence on or before {@code today} (a leap year's for 29 February), so that the yearly rule
   * runs from there.
   */
  LocalDate start(LocalDate today) {
    if (year != null) {
      return day.atYear(year);
    }
    int candidate = today.getYear();
    while (!day.isValidYear(candidate) || day.atYear(candidate).isAfter(today)) {
      candidate--;
    }
    return day.atYear(candidate);
  }

  Optional<LocalDate> nextOccurrence(LocalDate today) {
    return NextOccurrence.onOrAfter(
        RecurringDate.of(start(today), RULE, LeapDayPolicy.FEB_28), today);
  }

  /** Reads {@code 1985-03-15} or {@code --03-15}; empty when the text is neither. */
  static Optional<YearlyDate> parse(String title, String text) {
    try {
      if (text.startsWith("--")) {
        return Optional.of(new YearlyDate(title, MonthDay.parse(text), null));
      }
      LocalDate date = LocalDate.parse(text);
      return Optional.of(new YearlyDate(title, MonthDay.from(date), date.getYear()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
