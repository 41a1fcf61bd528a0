package dev.concierge.core.time;

import java.util.Arrays;

/**
 * Candidates of a YEARLY, MONTHLY, WEEKLY or DAILY rule: per period, the days that pass every BYxxx
 * filter times the rule's times of day, then BYSETPOS over that set.
 */
final class PeriodCandidates extends Candidates {

  private static final int WEEKS_PER_CYCLE =
      20_871; // 400 Gregorian years are exactly this many weeks

  private final AnchoredRule rule;
  private final Frequency frequency;
  private final long interval;
  private final long horizonDay;
  private final int[] times;

  /** Where period 0 begins: a year, a month index (year * 12 + month - 1), or an epoch day. */
  private final long anchor;

  private long period;
  private final long periodLimit;
  private long periodsScanned;
  private boolean anyCandidate;

  private long[] days;
  private int dayCount;
  private int dayIndex;
  private int timeIndex;
  private long[] selected;
  private int selectedCount;
  private int selectedIndex;

  PeriodCandidates(AnchoredRule rule, long from, long horizon) {
    this.rule = rule;
    this.frequency = rule.frequency;
    this.interval = rule.interval;
    this.horizonDay = Math.floorDiv(horizon, EpochDays.SECONDS_PER_DAY);
    this.times = rule.timesOfDay;
    // A year's days start small and grow: most yearly rules match a handful of days.
    this.days =
        new long
            [switch (frequency) {
              case YEARLY -> 16;
              case MONTHLY -> 31;
              case WEEKLY -> 7;
              default -> 1;
            }];
    this.selected = rule.setPos == null ? null : new long[rule.setPos.length];
    long startDay = Math.floorDiv(rule.start, EpochDays.SECONDS_PER_DAY);
    long fromDay = Math.floorDiv(Math.max(from, rule.start), EpochDays.SECONDS_PER_DAY);
    long cycle; // the calendar cycle in this frequency's unit
    switch (frequency) {
      case YEARLY -> {
        anchor = yearOf(startDay);
        period = Math.floorDiv(yearOf(fromDay) - anchor, interval);
        cycle = 400;
      }
      case MONTHLY -> {
        anchor = monthIndexOf(startDay);
        period = Math.floorDiv(monthIndexOf(fromDay) - anchor, interval);
        cycle = 4800;
      }
      case WEEKLY -> {
        anchor = weekStartOf(startDay);
        period = Math.floorDiv(weekStartOf(fromDay) - anchor, 7 * interval);
        cycle = WEEKS_PER_CYCLE;
      }
      default -> {
        anchor = startDay;
        period = Math.floorDiv(fromDay - anchor, interval);
        cycle = EpochDays.DAYS_PER_CYCLE;
      }
    }
    long cycleLength = EpochDays.lcm(cycle, interval);
    this.periodLimit = cycleLength == Long.MAX_VALUE ? Long.MAX_VALUE : cycleLength / interval + 1;
  }

  @Override
  long next() {
    while (true) {
      if (rule.setPos != null) {
        if (selectedIndex < selectedCount) {
          return selected[selectedIndex++];
        }
      } else if (dayIndex < dayCount) {
        long candidate = days[dayIndex] * EpochDays.SECONDS_PER_DAY + times[timeIndex];
        if (++timeIndex == times.length) {
          timeIndex = 0;
          dayIndex++;
        }
        return candidate;
      }
      if (!loadNextPeriod()) {
        return END;
      }
    }
  }

  private boolean loadNextPeriod() {
    while (anyCandidate || periodsScanned < periodLimit) {
      long k = period++;
      periodsScanned++;
      dayCount = 0;
      dayIndex = 0;
      timeIndex = 0;
      boolean beyondHorizon =
          switch (frequency) {
            case YEARLY -> loadYear(anchor + k * interval);
            case MONTHLY -> loadMonth(anchor + k * interval);
            case WEEKLY -> loadDays(anchor + k * 7 * interval, 7);
            default -> loadDays(anchor + k * interval, 1);
          };
      if (beyondHorizon) {
        return false;
      }
      if (dayCount > 0 && (rule.setPos == null || select() > 0)) {
        anyCandidate = true;
        return true;
      }
    }
    return false;
  }

  /** Loads the year's matching days; true when the year lies beyond the horizon. */
  private boolean loadYear(long year) {
    if (year > 9999 || EpochDays.of(year, 1, 1) > horizonDay) {
      return true;
    }
    for (int month = 1; month <= 12; month++) {
      if (rule.days.allowsMonth(month)) {
        addMatchingDaysOfMonth(year, month);
      }
    }
    return false;
  }

  private boolean loadMonth(long monthIndex) {
    long year = Math.floorDiv(monthIndex, 12);
    int month = Math.floorMod(monthIndex, 12) + 1;
    if (year > 9999 || EpochDays.of(year, month, 1) > horizonDay) {
      return true;
    }
    if (rule.days.allowsMonth(month)) {
      addMatchingDaysOfMonth(year, month);
    }
    return false;
  }

  private void addMatchingDaysOfMonth(long year, int month) {
    int monthLength = EpochDays.lengthOfMonth(year, month);
    long firstDay = EpochDays.of(year, month, 1);
    int firstWeekday = EpochDays.dayOfWeek(firstDay);
    long candidates = rule.days.daysOfMonth(monthLength, firstWeekday);
    boolean exact = rule.days.monthMaskIsExact();
    int yearLength = exact ? 0 : EpochDays.lengthOfYear(year);
    int firstDayOfYear = exact ? 0 : EpochDays.firstDayOfYear(year, month);
    while (candidates != 0) {
      int dayOfMonth = Long.numberOfTrailingZeros(candidates);
      candidates &= candidates - 1;
      long epochDay = firstDay + dayOfMonth - 1;
      if (exact
          || rule.days.matches(
              year,
              month,
              dayOfMonth,
              firstDayOfYear + dayOfMonth - 1,
              (firstWeekday + dayOfMonth - 1) % 7,
              epochDay,
              monthLength,
              yearLength)) {
        add(epochDay);
      }
    }
  }

  private void add(long epochDay) {
    if (dayCount == days.length) {
      days = Arrays.copyOf(days, dayCount * 2);
    }
    days[dayCount++] = epochDay;
  }

  private boolean loadDays(long firstDay, int length) {
    if (firstDay > horizonDay) {
      return true;
    }
    for (long day = firstDay; day < firstDay + length; day++) {
      if (rule.days.matches(day)) {
        add(day);
      }
    }
    return false;
  }

  /** BYSETPOS: positions in the period's instances (days x times, flattened), ascending. */
  private int select() {
    long size = (long) dayCount * times.length;
    selectedCount = 0;
    selectedIndex = 0;
    for (int position : rule.setPos) {
      long index = position > 0 ? position - 1 : size + position;
      if (index >= 0 && index < size) {
        int day = (int) (index / times.length);
        int time = (int) (index % times.length);
        selected[selectedCount++] = days[day] * EpochDays.SECONDS_PER_DAY + times[time];
      }
    }
    Arrays.sort(selected, 0, selectedCount);
    int distinct = 0;
    for (int i = 0; i < selectedCount; i++) {
      if (distinct == 0 || selected[distinct - 1] != selected[i]) {
        selected[distinct++] = selected[i];
      }
    }
    selectedCount = distinct;
    return distinct;
  }

  private static long yearOf(long epochDay) {
    return EpochDays.yearOf(EpochDays.civil(epochDay));
  }

  private static long monthIndexOf(long epochDay) {
    long civil = EpochDays.civil(epochDay);
    return EpochDays.yearOf(civil) * 12 + EpochDays.monthOf(civil) - 1;
  }

  private long weekStartOf(long epochDay) {
    return epochDay - Math.floorMod(EpochDays.dayOfWeek(epochDay) - rule.weekStart, 7);
  }
}
