package dev.concierge.core.time;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * A rule bound to its start, in the shape the expansion loops want: the defaults RFC 5545 (and
 * python-dateutil) take from the start filled in, the day-level parts as a {@link DayFilter}, the
 * time-level parts as times of day or, for sub-daily FREQs, period offsets and masks.
 *
 * <p>Defaults, as in dateutil: without BYWEEKNO, BYYEARDAY, BYMONTHDAY and BYDAY, a YEARLY rule
 * recurs on the start's month (unless BYMONTH says otherwise) and day of month, a MONTHLY rule on
 * the start's day of month, a WEEKLY rule on the start's weekday. Units of time finer than FREQ
 * take the start's hour, minute and second unless BYHOUR, BYMINUTE or BYSECOND is given.
 *
 * <p>Not thread-safe (its day filter caches); each expansion builds its own.
 */
final class AnchoredRule {

  /** Candidate-time tables longer than this are not built; the loop tests each period instead. */
  private static final int MAX_CANDIDATE_TIMES = 4096;

  final Frequency frequency;
  final int interval;
  final long start;
  final int[] setPos;

  /** WKST, 0 (Monday) to 6 (Sunday). */
  final int weekStart;

  final DayFilter days;

  /** Seconds of the day of each instance in a day-or-longer period, ascending. */
  final int[] timesOfDay;

  /** Sub-daily FREQ: the length of one period and the start of the period holding the start. */
  final long periodSeconds;

  final long firstPeriodStart;

  /** Sub-daily FREQ: offsets of the instances within one period, ascending. */
  final int[] periodOffsets;

  /** Sub-daily FREQ: which period starts BYHOUR/BYMINUTE/BYSECOND let through; 0 = no filter. */
  private final long hourMask;

  private final long minuteMask;
  private final long secondMask;

  /**
   * Sub-daily FREQ: the times of day a period may start at and still pass the filters, restricted
   * to those the start and INTERVAL can ever reach; null when there is no filter or too many.
   */
  final int[] candidateTimes;

  AnchoredRule(RecurrenceRule rule, LocalDateTime startDateTime) {
    this.frequency = rule.frequency();
    this.interval = rule.interval();
    this.start = startDateTime.toEpochSecond(ZoneOffset.UTC);
    this.setPos = rule.bySetPos().isEmpty() ? null : toArray(rule.bySetPos());
    this.weekStart = rule.weekStart().getValue() - 1;

    List<Integer> byMonth = rule.byMonth();
    List<Integer> byMonthDay = rule.byMonthDay();
    List<WeekdayNum> byDay = rule.byDay();
    if (byMonthDay.isEmpty()
        && byDay.isEmpty()
        && rule.byYearDay().isEmpty()
        && rule.byWeekNo().isEmpty()) {
      switch (frequency) {
        case YEARLY -> {
          if (byMonth.isEmpty()) {
            byMonth = List.of(startDateTime.getMonthValue());
          }
          byMonthDay = List.of(startDateTime.getDayOfMonth());
        }
        case MONTHLY -> byMonthDay = List.of(startDateTime.getDayOfMonth());
        case WEEKLY -> byDay = List.of(WeekdayNum.every(startDateTime.getDayOfWeek()));
        default -> {}
      }
    }

    this.days =
        new DayFilter(
            frequency, byMonth, byMonthDay, rule.byYearDay(), rule.byWeekNo(), byDay, weekStart);

    List<Integer> hours = orDefault(rule.byHour(), startDateTime.getHour());
    List<Integer> minutes = orDefault(rule.byMinute(), startDateTime.getMinute());
    List<Integer> seconds = orDefault(rule.bySecond(), startDateTime.getSecond());
    int secondOfDay = startDateTime.toLocalTime().toSecondOfDay();
    switch (frequency) {
      case HOURLY -> {
        this.periodSeconds = 3600L * interval;
        this.firstPeriodStart = start - secondOfDay % 3600;
        this.periodOffsets = product(List.of(0), minutes, seconds);
        this.hourMask = mask(rule.byHour());
        this.minuteMask = 0;
        this.secondMask = 0;
      }
      case MINUTELY -> {
        this.periodSeconds = 60L * interval;
        this.firstPeriodStart = start - secondOfDay % 60;
        this.periodOffsets = product(List.of(0), List.of(0), seconds);
        this.hourMask = mask(rule.byHour());
        this.minuteMask = mask(rule.byMinute());
        this.secondMask = 0;
      }
      case SECONDLY -> {
        this.periodSeconds = interval;
        this.firstPeriodStart = start;
        this.periodOffsets = new int[] {0};
        this.hourMask = mask(rule.byHour());
        this.minuteMask = mask(rule.byMinute());
        this.secondMask = mask(rule.bySecond());
      }
      default -> {
        this.periodSeconds = 0;
        this.firstPeriodStart = 0;
        this.periodOffsets = null;
        this.hourMask = 0;
        this.minuteMask = 0;
        this.secondMask = 0;
      }
    }
    this.timesOfDay = frequency.isSubDaily() ? null : product(hours, minutes, seconds);
    this.candidateTimes =
        frequency.isSubDaily() ? reachableCandidateTimes(rule, startDateTime) : null;
  }

  boolean hasTimeFilter() {
    return (hourMask | minuteMask | secondMask) != 0;
  }

  /** Whether a period starting at this second of the day passes BYHOUR, BYMINUTE and BYSECOND. */
  boolean passesTimeFilter(int secondOfDay) {
    return (hourMask == 0 || (hourMask & (1L << (secondOfDay / 3600))) != 0)
        && (minuteMask == 0 || (minuteMask & (1L << (secondOfDay / 60 % 60))) != 0)
        && (secondMask == 0 || (secondMask & (1L << (secondOfDay % 60))) != 0);
  }

  /**
   * The period starts of a day that pass the time filters and that the start and INTERVAL can reach
   * at all: periods start at firstPeriodStart + k * periodSeconds, so their second of the day is
   * always congruent to the first's modulo gcd(periodSeconds, 86400).
   *
   * @throws dev.concierge.core.errors.ValidationException when no such time exists, as
   *     python-dateutil raises for {@code FREQ=HOURLY;INTERVAL=2;BYHOUR=1} from an even hour
   */
  private int[] reachableCandidateTimes(RecurrenceRule rule, LocalDateTime startDateTime) {
    if (!hasTimeFilter()) {
      return null;
    }
    long modulus = EpochDays.gcd(periodSeconds, EpochDays.SECONDS_PER_DAY);
    long phase = Math.floorMod(firstPeriodStart, EpochDays.SECONDS_PER_DAY);
    int[] hours = allowed(hourMask, 24);
    int[] minutes = frequency == Frequency.HOURLY ? new int[] {0} : allowed(minuteMask, 60);
    int[] seconds = frequency == Frequency.SECONDLY ? allowed(secondMask, 60) : new int[] {0};
    int[] found = new int[MAX_CANDIDATE_TIMES];
    int count = 0;
    for (int hour : hours) {
      for (int minute : minutes) {
        for (int second : seconds) {
          int time = hour * 3600 + minute * 60 + second;
          if (Math.floorMod(time - phase, modulus) == 0) {
            if (count == MAX_CANDIDATE_TIMES) {
              return null;
            }
            found[count++] = time;
          }
        }
      }
    }
    if (count == 0) {
      throw RecurrenceRule.invalid(
          "BYHOUR/BYMINUTE/BYSECOND of "
              + rule
              + " can never be reached from a start at "
              + startDateTime.toLocalTime()
              + " with INTERVAL="
              + interval);
    }
    return Arrays.copyOf(found, count);
  }

  /** The values a mask lets through, ascending; every value below {@code limit} for no mask. */
  private static int[] allowed(long mask, int limit) {
    int[] values = new int[limit];
    int count = 0;
    for (int value = 0; value < limit; value++) {
      if (mask == 0 || (mask & (1L << value)) != 0) {
        values[count++] = value;
      }
    }
    return Arrays.copyOf(values, count);
  }

  private static List<Integer> orDefault(List<Integer> values, int fallback) {
    return values.isEmpty() ? List.of(fallback) : values;
  }

  private static long mask(List<Integer> values) {
    long mask = 0;
    for (int value : values) {
      mask |= 1L << value;
    }
    return mask;
  }

  private static int[] toArray(List<Integer> values) {
    int[] array = new int[values.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.get(i);
    }
    return array;
  }

  /** Every hour:minute:second combination as seconds, ascending (the lists are sorted). */
  private static int[] product(List<Integer> hours, List<Integer> minutes, List<Integer> seconds) {
    int[] times = new int[hours.size() * minutes.size() * seconds.size()];
    int i = 0;
    for (int hour : hours) {
      for (int minute : minutes) {
        for (int second : seconds) {
          times[i++] = hour * 3600 + minute * 60 + second;
        }
      }
    }
    return times;
  }
}
