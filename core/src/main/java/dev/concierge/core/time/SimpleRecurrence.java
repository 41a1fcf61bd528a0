package dev.concierge.core.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The fast path of {@link NextOccurrence}: rules without BYxxx parts, answered by arithmetic on the
 * date instead of an expansion. Each such rule repeats its start every INTERVAL periods, so
 * occurrence k is the start plus k periods, dropped when that day does not exist (31 April), except
 * that a 29 February under {@link LeapDayPolicy#FEB_28} falls on 28 February. Cases where COUNT
 * would have to skip non-existent days are left to the general engine.
 */
final class SimpleRecurrence {

  /** The general engine ends with year 9999 (as python-dateutil does); so does the fast path. */
  private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  private SimpleRecurrence() {}

  static boolean handles(RecurringDate item) {
    if (item.rule().isEmpty()) {
      return true;
    }
    RecurrenceRule rule = item.rule().get();
    if (!rule.hasNoByParts()) {
      return false;
    }
    LocalDate date = item.date();
    boolean countSkipsDays =
        rule.count().isPresent()
            && switch (rule.frequency()) {
              case YEARLY -> isLeapDay(date) && item.leapDayPolicy() == LeapDayPolicy.STRICT;
              case MONTHLY -> date.getDayOfMonth() > 28;
              default -> false;
            };
    return !countSkipsDays;
  }

  static Optional<LocalDate> nextOnOrAfter(RecurringDate item, LocalDate today) {
    LocalDate date = item.date();
    if (!today.isAfter(date)) {
      return Optional.of(date);
    }
    if (item.rule().isEmpty()) {
      return Optional.empty();
    }
    RecurrenceRule rule = item.rule().get();
    long interval = rule.interval();
    return switch (rule.frequency()) {
      case YEARLY -> yearly(item, rule, today, interval);
      case MONTHLY -> monthly(rule, date, today, interval);
      case WEEKLY -> everyNDays(rule, date, today, 7 * interval);
      default -> everyNDays(rule, date, today, interval);
    };
  }

  private static Optional<LocalDate> yearly(
      RecurringDate item, RecurrenceRule rule, LocalDate today, long interval) {
    LocalDate date = item.date();
    boolean leapDay = isLeapDay(date);
    boolean strict = item.leapDayPolicy() == LeapDayPolicy.STRICT;
    for (long k = Math.max(0, ceilDiv(today.getYear() - date.getYear(), interval)); ; k++) {
      long year = date.getYear() + k * interval;
      if (year > 9999) {
        return Optional.empty();
      }
      if (leapDay && !EpochDays.isLeap(year) && strict) {
        continue;
      }
      // LocalDate.withYear moves 29 February to the 28th in common years.
      LocalDate occurrence = date.withYear((int) year);
      if (!occurrence.isBefore(today)) {
        return bounded(rule, occurrence, k);
      }
    }
  }

  private static Optional<LocalDate> monthly(
      RecurrenceRule rule, LocalDate date, LocalDate today, long interval) {
    long startMonth = date.getYear() * 12L + date.getMonthValue() - 1;
    long todayMonth = today.getYear() * 12L + today.getMonthValue() - 1;
    for (long k = Math.max(0, ceilDiv(todayMonth - startMonth, interval)); ; k++) {
      long month = startMonth + k * interval;
      long year = Math.floorDiv(month, 12);
      int monthOfYear = Math.floorMod(month, 12) + 1;
      if (year > 9999) {
        return Optional.empty();
      }
      if (date.getDayOfMonth() > EpochDays.lengthOfMonth(year, monthOfYear)) {
        continue;
      }
      LocalDate occurrence = LocalDate.of((int) year, monthOfYear, date.getDayOfMonth());
      if (!occurrence.isBefore(today)) {
        return bounded(rule, occurrence, k);
      }
    }
  }

  private static Optional<LocalDate> everyNDays(
      RecurrenceRule rule, LocalDate date, LocalDate today, long days) {
    long k = ceilDiv(today.toEpochDay() - date.toEpochDay(), days);
    long epochDay = date.toEpochDay() + k * days;
    if (epochDay > LAST_DAY) {
      return Optional.empty();
    }
    return bounded(rule, LocalDate.ofEpochDay(epochDay), k);
  }

  /** Occurrence number {@code index} (0-based) if COUNT and UNTIL still allow it. */
  private static Optional<LocalDate> bounded(
      RecurrenceRule rule, LocalDate occurrence, long index) {
    if (rule.count().isPresent() && index >= rule.count().getAsInt()) {
      return Optional.empty();
    }
    if (rule.until().isPresent()) {
      LocalDateTime until = rule.until().get().floating();
      if (occurrence.atStartOfDay().isAfter(until)) {
        return Optional.empty();
      }
    }
    return Optional.of(occurrence);
  }

  private static boolean isLeapDay(LocalDate date) {
    return date.getMonthValue() == 2 && date.getDayOfMonth() == 29;
  }

  private static long ceilDiv(long dividend, long divisor) {
    return -Math.floorDiv(-dividend, divisor);
  }
}
