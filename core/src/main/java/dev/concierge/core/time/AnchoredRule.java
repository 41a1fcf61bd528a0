package dev.concierge.core.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A rule bound to its start, in the shape the expansion loops want: the defaults RFC 5545 (and
 * python-dateutil) take from the start filled in, and every BYxxx list turned into a mask.
 *
 * <p>Defaults, as in dateutil: without BYWEEKNO, BYYEARDAY, BYMONTHDAY and BYDAY, a YEARLY rule
 * recurs on the start's month (unless BYMONTH says otherwise) and day of month, a MONTHLY rule on
 * the start's day of month, a WEEKLY rule on the start's weekday. Units of time finer than FREQ
 * take the start's hour, minute and second unless BYHOUR, BYMINUTE or BYSECOND is given.
 *
 * <p>Not thread-safe (it caches week-number anchors); each expansion builds its own.
 */
final class AnchoredRule {

  /** Candidate-time tables longer than this are not built; the loop tests each period instead. */
  private static final int MAX_CANDIDATE_TIMES = 4096;

  final Frequency frequency;
  final int interval;
  final long start;
  final int[] setPos;

  // Day filters. monthMask bit m is month m; 0 means no month filter.
  private final int monthMask;
  private final boolean hasMonthDay;
  private final long monthDayPositive;
  private final long monthDayNegative;
  private final boolean[] yearDayPositive;
  private final boolean[] yearDayNegative;
  private final boolean[] weekNoPositive;
  private final boolean[] weekNoNegative;

  /** WKST, 0 (Monday) to 6 (Sunday). */
  final int weekStart;

  private final boolean hasByDay;
  private final int weekdayMask;
  private final int[] nthWeekday;
  private final int[] nthOrdinal;
  private final boolean ordinalsWithinMonth;

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

  private long weekCacheYear = Long.MIN_VALUE;
  private final long[] weekOneStarts = new long[4];

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

    int months = 0;
    for (int month : byMonth) {
      months |= 1 << month;
    }
    this.monthMask = months;

    this.hasMonthDay = !byMonthDay.isEmpty();
    long positive = 0;
    long negative = 0;
    for (int day : byMonthDay) {
      if (day > 0) {
        positive |= 1L << day;
      } else {
        negative |= 1L << -day;
      }
    }
    this.monthDayPositive = positive;
    this.monthDayNegative = negative;

    this.yearDayPositive = rule.byYearDay().isEmpty() ? null : new boolean[367];
    this.yearDayNegative = rule.byYearDay().isEmpty() ? null : new boolean[367];
    for (int day : rule.byYearDay()) {
      (day > 0 ? yearDayPositive : yearDayNegative)[Math.abs(day)] = true;
    }
    this.weekNoPositive = rule.byWeekNo().isEmpty() ? null : new boolean[54];
    this.weekNoNegative = rule.byWeekNo().isEmpty() ? null : new boolean[54];
    for (int week : rule.byWeekNo()) {
      (week > 0 ? weekNoPositive : weekNoNegative)[Math.abs(week)] = true;
    }

    this.hasByDay = !byDay.isEmpty();
    int weekdays = 0;
    List<WeekdayNum> ordinals = new ArrayList<>();
    for (WeekdayNum day : byDay) {
      if (day.hasOrdinal()) {
        ordinals.add(day);
      } else {
        weekdays |= 1 << (day.day().getValue() - 1);
      }
    }
    this.weekdayMask = weekdays;
    this.nthWeekday = ordinals.stream().mapToInt(d -> d.day().getValue() - 1).toArray();
    this.nthOrdinal = ordinals.stream().mapToInt(WeekdayNum::ordinal).toArray();
    // Ordinals count within the month for MONTHLY, and for YEARLY limited by BYMONTH.
    this.ordinalsWithinMonth =
        frequency == Frequency.MONTHLY || (frequency == Frequency.YEARLY && monthMask != 0);

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

  boolean hasMonthFilter() {
    return monthMask != 0;
  }

  boolean allowsMonth(int month) {
    return monthMask == 0 || (monthMask & (1 << month)) != 0;
  }

  /** Whether a period starting at this second of the day passes BYHOUR, BYMINUTE and BYSECOND. */
  boolean passesTimeFilter(int secondOfDay) {
    return (hourMask == 0 || (hourMask & (1L << (secondOfDay / 3600))) != 0)
        && (minuteMask == 0 || (minuteMask & (1L << (secondOfDay / 60 % 60))) != 0)
        && (secondMask == 0 || (secondMask & (1L << (secondOfDay % 60))) != 0);
  }

  boolean matchesDay(long epochDay) {
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    int year = date.getYear();
    int month = date.getMonthValue();
    return matchesDay(
        year,
        month,
        date.getDayOfMonth(),
        date.getDayOfYear(),
        date.getDayOfWeek().getValue() - 1,
        epochDay,
        EpochDays.lengthOfMonth(year, month),
        EpochDays.lengthOfYear(year));
  }

  /** Whether a day passes every date-level BYxxx part; weekday is 0 (Monday) to 6 (Sunday). */
  boolean matchesDay(
      long year,
      int month,
      int dayOfMonth,
      int dayOfYear,
      int weekday,
      long epochDay,
      int monthLength,
      int yearLength) {
    if (monthMask != 0 && (monthMask & (1 << month)) == 0) {
      return false;
    }
    if (hasMonthDay
        && (monthDayPositive & (1L << dayOfMonth)) == 0
        && (monthDayNegative & (1L << (monthLength - dayOfMonth + 1))) == 0) {
      return false;
    }
    if (yearDayPositive != null
        && !yearDayPositive[dayOfYear]
        && !yearDayNegative[yearLength - dayOfYear + 1]) {
      return false;
    }
    if (hasByDay
        && (weekdayMask & (1 << weekday)) == 0
        && !nthWeekdayMatches(dayOfMonth, dayOfYear, weekday, monthLength, yearLength)) {
      return false;
    }
    return weekNoPositive == null || weekNoMatches(epochDay, year);
  }

  /**
   * RFC 5545's BYDAY is a list of alternatives: {@code 1MO,FR} is the first Monday and every
   * Friday. (python-dateutil intersects plain and ordinal weekdays instead, so it yields nothing
   * for that rule; we follow the RFC.)
   */
  private boolean nthWeekdayMatches(
      int dayOfMonth, int dayOfYear, int weekday, int monthLength, int yearLength) {
    int index = ordinalsWithinMonth ? dayOfMonth : dayOfYear;
    int length = ordinalsWithinMonth ? monthLength : yearLength;
    int fromStart = (index - 1) / 7 + 1;
    int fromEnd = -((length - index) / 7 + 1);
    for (int i = 0; i < nthWeekday.length; i++) {
      if (nthWeekday[i] == weekday && (nthOrdinal[i] == fromStart || nthOrdinal[i] == fromEnd)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Week numbers as RFC 5545 defines them: weeks start on WKST and week 1 is the first with at
   * least four days in the year. A day near New Year may belong to the previous or next year's
   * weeks (31 December can be in week 1); negative numbers count back from that week-year's last
   * week.
   */
  private boolean weekNoMatches(long epochDay, long year) {
    if (weekCacheYear != year) {
      for (int i = 0; i < 4; i++) {
        weekOneStarts[i] = weekOneStart(year - 1 + i);
      }
      weekCacheYear = year;
    }
    int which = epochDay < weekOneStarts[1] ? 0 : epochDay >= weekOneStarts[2] ? 2 : 1;
    long weekYearStart = weekOneStarts[which];
    int week = (int) ((epochDay - weekYearStart) / 7) + 1;
    int weeksInYear = (int) ((weekOneStarts[which + 1] - weekYearStart) / 7);
    return weekNoPositive[week] || weekNoNegative[weeksInYear - week + 1];
  }

  private long weekOneStart(long year) {
    long januaryFirst = EpochDays.of(year, 1, 1);
    int toFirstWeekStart = Math.floorMod(weekStart - EpochDays.dayOfWeek(januaryFirst), 7);
    return toFirstWeekStart >= 4
        ? januaryFirst + toFirstWeekStart - 7
        : januaryFirst + toFirstWeekStart;
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
    return values.stream().mapToInt(Integer::intValue).toArray();
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
