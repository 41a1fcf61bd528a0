package dev.concierge.core.time;

import dev.concierge.core.errors.ValidationException;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * A parsed RFC 5545 RRULE (§3.3.10). Immutable and thread-safe; BYxxx lists are kept sorted and
 * free of duplicates, so two rules that mean the same thing are equal and print the same text.
 *
 * <p>Beyond the grammar, the constructor rejects what RFC 5545 forbids outright: COUNT with UNTIL,
 * BYSETPOS alone, and ordinal BYDAY entries outside MONTHLY and YEARLY (python-dateutil silently
 * drops such ordinals; we would rather say so). Combinations the RFC marks N/A but that have an
 * obvious limiting meaning (BYWEEKNO with MONTHLY, BYMONTHDAY with WEEKLY, BYYEARDAY with DAILY)
 * are accepted and act as limits, as in python-dateutil.
 *
 * @param frequency FREQ
 * @param interval INTERVAL, at least 1
 * @param count COUNT, at least 1 when present
 * @param until UNTIL, inclusive
 * @param weekStart WKST, MONDAY unless the rule says otherwise
 */
public record RecurrenceRule(
    Frequency frequency,
    int interval,
    OptionalInt count,
    Optional<Until> until,
    List<Integer> bySecond,
    List<Integer> byMinute,
    List<Integer> byHour,
    List<WeekdayNum> byDay,
    List<Integer> byMonthDay,
    List<Integer> byYearDay,
    List<Integer> byWeekNo,
    List<Integer> byMonth,
    List<Integer> bySetPos,
    DayOfWeek weekStart) {

  /** The field name every rejection of a rule is reported under. */
  public static final String FIELD = "recurrence_rule";

  public RecurrenceRule {
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(weekStart, "weekStart");
    if (interval < 1) {
      throw invalid("INTERVAL=" + interval + " must be a positive integer");
    }
    if (count.isPresent() && count.getAsInt() < 1) {
      throw invalid("COUNT=" + count.getAsInt() + " must be a positive integer");
    }
    if (count.isPresent() && until.isPresent()) {
      throw invalid("COUNT and UNTIL cannot both be set");
    }
    bySecond = normalized("BYSECOND", bySecond, 0, 59, false);
    byMinute = normalized("BYMINUTE", byMinute, 0, 59, false);
    byHour = normalized("BYHOUR", byHour, 0, 23, false);
    byMonthDay = normalized("BYMONTHDAY", byMonthDay, 1, 31, true);
    byYearDay = normalized("BYYEARDAY", byYearDay, 1, 366, true);
    byWeekNo = normalized("BYWEEKNO", byWeekNo, 1, 53, true);
    byMonth = normalized("BYMONTH", byMonth, 1, 12, false);
    bySetPos = normalized("BYSETPOS", bySetPos, 1, 366, true);
    Objects.requireNonNull(byDay, "byDay");
    byDay = byDay.size() <= 1 ? List.copyOf(byDay) : List.copyOf(new TreeSet<>(byDay));
    for (WeekdayNum day : byDay) {
      if (day.hasOrdinal() && frequency != Frequency.MONTHLY && frequency != Frequency.YEARLY) {
        throw invalid("BYDAY=" + day + " has an ordinal, which needs FREQ=MONTHLY or FREQ=YEARLY");
      }
    }
    if (!bySetPos.isEmpty()
        && bySecond.isEmpty()
        && byMinute.isEmpty()
        && byHour.isEmpty()
        && byDay.isEmpty()
        && byMonthDay.isEmpty()
        && byYearDay.isEmpty()
        && byWeekNo.isEmpty()
        && byMonth.isEmpty()) {
      throw invalid("BYSETPOS needs another BYxxx part");
    }
  }

  /**
   * Parses RRULE text such as {@code FREQ=MONTHLY;BYDAY=-1FR}, with or without a leading {@code
   * RRULE:}; names and values are case-insensitive. Parsed rules are cached, so parsing the same
   * stored text again is cheap.
   *
   * @throws ValidationException on field {@value #FIELD}, naming the offending part
   */
  public static RecurrenceRule parse(String text) {
    return RuleText.parse(text);
  }

  /** A rule with only FREQ set. */
  public static RecurrenceRule of(Frequency frequency) {
    return new RecurrenceRule(
        frequency,
        1,
        OptionalInt.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        DayOfWeek.MONDAY);
  }

  /** True when no BYxxx part is set: the rule repeats its start every INTERVAL periods. */
  public boolean hasNoByParts() {
    return bySecond.isEmpty()
        && byMinute.isEmpty()
        && byHour.isEmpty()
        && byDay.isEmpty()
        && byMonthDay.isEmpty()
        && byYearDay.isEmpty()
        && byWeekNo.isEmpty()
        && byMonth.isEmpty()
        && bySetPos.isEmpty();
  }

  /** The same rule with other BYMONTH and BYMONTHDAY parts. */
  RecurrenceRule withMonthAndMonthDay(List<Integer> months, List<Integer> monthDays) {
    return new RecurrenceRule(
        frequency, interval, count, until, bySecond, byMinute, byHour, byDay, monthDays, byYearDay,
        byWeekNo, months, bySetPos, weekStart);
  }

  /** The canonical RRULE text (without the {@code RRULE:} prefix); {@link #parse} reads it back. */
  @Override
  public String toString() {
    return RuleText.format(this);
  }

  static ValidationException invalid(String message) {
    return new ValidationException(FIELD, message);
  }

  private static List<Integer> normalized(
      String part, List<Integer> values, int min, int max, boolean negativeAllowed) {
    Objects.requireNonNull(values, part);
    for (Integer value : values) {
      Objects.requireNonNull(value, part);
      int magnitude = negativeAllowed ? Math.abs(value) : value;
      if (magnitude < min || magnitude > max) {
        String range = min + ".." + max + (negativeAllowed ? " or -" + max + "..-" + min : "");
        throw invalid(part + "=" + value + " is out of range " + range);
      }
    }
    return values.size() <= 1 ? List.copyOf(values) : List.copyOf(new TreeSet<>(values));
  }
}
