package dev.concierge.core.time;

import dev.concierge.core.errors.ValidationException;
import java.time.DayOfWeek;
import java.util.Objects;

/**
 * One BYDAY entry: a weekday, optionally with an ordinal ({@code 1FR} is the first Friday, {@code
 * -1SU} the last Sunday of the month or year). An ordinal of 0 means every such weekday.
 */
public record WeekdayNum(int ordinal, DayOfWeek day) implements Comparable<WeekdayNum> {

  public WeekdayNum {
    Objects.requireNonNull(day, "day");
    if (ordinal < -53 || ordinal > 53) {
      throw new ValidationException(
          RecurrenceRule.FIELD,
          "BYDAY=" + ordinal + code(day) + " has an ordinal out of range 1..53 or -53..-1");
    }
  }

  /** Every {@code day} of the period. */
  public static WeekdayNum every(DayOfWeek day) {
    return new WeekdayNum(0, day);
  }

  public boolean hasOrdinal() {
    return ordinal != 0;
  }

  /** The RFC 5545 two-letter code: MO, TU, WE, TH, FR, SA, SU. */
  static String code(DayOfWeek day) {
    return day.name().substring(0, 2);
  }

  @Override
  public int compareTo(WeekdayNum other) {
    int byDay = day.compareTo(other.day);
    return byDay != 0 ? byDay : Integer.compare(ordinal, other.ordinal);
  }

  /** The RRULE form, e.g. {@code MO}, {@code 1FR}, {@code -1SU}. */
  @Override
  public String toString() {
    return ordinal == 0 ? code(day) : ordinal + code(day);
  }
}
