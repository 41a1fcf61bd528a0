package dev.concierge.core.time;

import java.util.List;

/**
 * The day-level BYxxx parts of a rule (BYMONTH, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYDAY) as masks,
 * answering "may an instance fall on this day?". A missing part lets every day through.
 *
 * <p>Not thread-safe: it caches the week-number anchors of the last year it was asked about.
 */
final class DayFilter {

  private static final int[] NONE = {};

  /** Bits 0, 7, 14, … 56. */
  private static final long EVERY_SEVENTH_BIT = 0x0102_0408_1020_4081L;

  // Bit m of monthMask is month m; 0 means no BYMONTH.
  private final int monthMask;
  private final boolean hasMonthDay;
  private final long monthDayPositive;
  private final long monthDayNegative;
  private final boolean[] yearDayPositive;
  private final boolean[] yearDayNegative;
  private final boolean[] weekNoPositive;
  private final boolean[] weekNoNegative;
  private final int weekStart;
  private final boolean hasByDay;
  private final int weekdayMask;
  private final int[] nthWeekday;
  private final int[] nthOrdinal;
  private final boolean ordinalsWithinMonth;

  /**
   * Bit k set when weekday k mod 7 is a plain BYDAY weekday: shifted right by a month's first
   * weekday (and left by one), it marks the month's days that fall on those weekdays.
   */
  private final long weekdayPattern;

  private final boolean monthMaskIsExact;

  /** BYDAY with plain weekdays is the only day-level part (WEEKLY rules, mostly). */
  private final boolean weekdaysOnly;

  private long weekCacheYear = Long.MIN_VALUE;
  private long[] weekOneStarts;

  /**
   * @param weekStart WKST, 0 (Monday) to 6 (Sunday)
   */
  DayFilter(
      Frequency frequency,
      List<Integer> byMonth,
      List<Integer> byMonthDay,
      List<Integer> byYearDay,
      List<Integer> byWeekNo,
      List<WeekdayNum> byDay,
      int weekStart) {
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

    this.yearDayPositive = byYearDay.isEmpty() ? null : new boolean[367];
    this.yearDayNegative = byYearDay.isEmpty() ? null : new boolean[367];
    for (int day : byYearDay) {
      (day > 0 ? yearDayPositive : yearDayNegative)[Math.abs(day)] = true;
    }
    this.weekNoPositive = byWeekNo.isEmpty() ? null : new boolean[54];
    this.weekNoNegative = byWeekNo.isEmpty() ? null : new boolean[54];
    for (int week : byWeekNo) {
      (week > 0 ? weekNoPositive : weekNoNegative)[Math.abs(week)] = true;
    }
    this.weekStart = weekStart;

    this.hasByDay = !byDay.isEmpty();
    int weekdays = 0;
    int ordinals = 0;
    for (WeekdayNum day : byDay) {
      if (day.hasOrdinal()) {
        ordinals++;
      } else {
        weekdays |= 1 << (day.day().getValue() - 1);
      }
    }
    this.weekdayMask = weekdays;
    this.nthWeekday = ordinals == 0 ? NONE : new int[ordinals];
    this.nthOrdinal = ordinals == 0 ? NONE : new int[ordinals];
    int n = 0;
    for (WeekdayNum day : byDay) {
      if (day.hasOrdinal()) {
        nthWeekday[n] = day.day().getValue() - 1;
        nthOrdinal[n++] = day.ordinal();
      }
    }
    // Ordinals count within the month for MONTHLY, and for YEARLY limited by BYMONTH.
    this.ordinalsWithinMonth =
        frequency == Frequency.MONTHLY || (frequency == Frequency.YEARLY && monthMask != 0);
    long pattern = 0;
    for (int weekday = 0; weekday < 7; weekday++) {
      if ((weekdays & (1 << weekday)) != 0) {
        pattern |= EVERY_SEVENTH_BIT << weekday;
      }
    }
    this.weekdayPattern = pattern;
    this.weekdaysOnly =
        hasByDay
            && ordinals == 0
            && monthMask == 0
            && !hasMonthDay
            && yearDayPositive == null
            && weekNoPositive == null;
    this.monthMaskIsExact =
        yearDayPositive == null && weekNoPositive == null && (ordinals == 0 || ordinalsWithinMonth);
  }

  boolean allowsMonth(int month) {
    return monthMask == 0 || (monthMask & (1 << month)) != 0;
  }

  boolean matches(long epochDay) {
    if (weekdaysOnly) {
      return (weekdayMask & (1 << EpochDays.dayOfWeek(epochDay))) != 0;
    }
    long civil = EpochDays.civil(epochDay);
    long year = EpochDays.yearOf(civil);
    int month = EpochDays.monthOf(civil);
    int dayOfMonth = EpochDays.dayOf(civil);
    return matches(
        year,
        month,
        dayOfMonth,
        EpochDays.firstDayOfYear(year, month) + dayOfMonth - 1,
        EpochDays.dayOfWeek(epochDay),
        epochDay,
        EpochDays.lengthOfMonth(year, month),
        EpochDays.lengthOfYear(year));
  }

  /**
   * The days of a month (bit d for day d) that BYMONTHDAY and BYDAY let through, computed from
   * masks instead of day by day. When {@link #monthMaskIsExact} it is exactly the days {@link
   * #matches} accepts in an allowed month; otherwise a superset, each day of which must still be
   * checked.
   *
   * @param firstWeekday the weekday of the month's first day, 0 (Monday) to 6 (Sunday)
   */
  long daysOfMonth(int monthLength, int firstWeekday) {
    long days = ((1L << monthLength) - 1) << 1;
    if (hasMonthDay) {
      // Reversing moves bit n (day -n) to bit 63 - n; the shift lands it on monthLength + 1 - n.
      days &= monthDayPositive | Long.reverse(monthDayNegative) >>> (62 - monthLength);
    }
    if (hasByDay && (nthWeekday.length == 0 || ordinalsWithinMonth)) {
      days &= (weekdayPattern >>> firstWeekday) << 1 | nthWeekdayDays(monthLength, firstWeekday);
    }
    return days;
  }

  /** Whether {@link #daysOfMonth} needs no further check: no BYYEARDAY, BYWEEKNO or yearly nth. */
  boolean monthMaskIsExact() {
    return monthMaskIsExact;
  }

  private long nthWeekdayDays(int monthLength, int firstWeekday) {
    long days = 0;
    int lastWeekday = (firstWeekday + monthLength - 1) % 7;
    for (int i = 0; i < nthWeekday.length; i++) {
      int weekday = nthWeekday[i];
      int ordinal = nthOrdinal[i];
      int day =
          ordinal > 0
              ? 1 + Math.floorMod(weekday - firstWeekday, 7) + 7 * (ordinal - 1)
              : monthLength - Math.floorMod(lastWeekday - weekday, 7) + 7 * (ordinal + 1);
      if (day >= 1 && day <= monthLength) {
        days |= 1L << day;
      }
    }
    return days;
  }

  /** The same question with the day's fields at hand; weekday is 0 (Monday) to 6 (Sunday). */
  boolean matches(
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
   * week. (python-dateutil gets two New Year cases wrong; see NOTES.md.)
   */
  private boolean weekNoMatches(long epochDay, long year) {
    if (weekCacheYear != year) {
      if (weekOneStarts == null) {
        weekOneStarts = new long[4];
      }
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
}
