package dev.concierge.core.time;

import java.util.Arrays;

/**
 * Candidates of an HOURLY, MINUTELY or SECONDLY rule. Periods start at {@code firstPeriodStart + k
 * * periodSeconds}; instead of visiting each one, the loop checks a period's day once and jumps to
 * the next day when the day fails BYMONTH, BYMONTHDAY, BYDAY, BYYEARDAY or BYWEEKNO, and within a
 * day jumps straight to the next period whose time of day can pass BYHOUR/BYMINUTE/BYSECOND, which
 * keeps rules like {@code FREQ=SECONDLY;BYMONTH=12;BYMONTHDAY=31;BYHOUR=23;BYMINUTE=59;BYSECOND=59}
 * to a few hundred steps a year.
 */
final class SubDailyCandidates extends Candidates {

  private static final long DAY = EpochDays.SECONDS_PER_DAY;

  /** 400 Gregorian years in seconds: with the period length, the whole pattern repeats. */
  private static final long CYCLE_SECONDS = EpochDays.DAYS_PER_CYCLE * DAY;

  private final AnchoredRule rule;
  private final long step;
  private final long anchor;
  private final long horizon;
  private final long giveUpAt;
  private final int[] offsets;
  private final int[] candidateTimes;

  private long period;
  private boolean anyCandidate;
  private long checkedDay = Long.MIN_VALUE;
  private boolean dayMatches;
  private boolean searchCandidateTimes;

  private long periodStart;
  private int offsetIndex;
  private int offsetCount;

  SubDailyCandidates(AnchoredRule rule, long from, long horizon) {
    this.rule = rule;
    this.step = rule.periodSeconds;
    this.anchor = rule.firstPeriodStart;
    this.horizon = horizon;
    // Every period has the same offsets, so BYSETPOS picks the same ones in each.
    this.offsets =
        rule.setPos == null ? rule.periodOffsets : selected(rule.periodOffsets, rule.setPos);
    this.candidateTimes = rule.candidateTimes;
    this.period = Math.max(0, Math.floorDiv(from - anchor, step));
    long cycle = EpochDays.lcm(CYCLE_SECONDS, step);
    long scanStart = anchor + period * step;
    this.giveUpAt = cycle > Long.MAX_VALUE - scanStart ? Long.MAX_VALUE : scanStart + cycle;
  }

  @Override
  long next() {
    while (true) {
      if (offsetIndex < offsetCount) {
        return periodStart + offsets[offsetIndex++];
      }
      if (offsets.length == 0 || !findNextPeriod()) {
        return END;
      }
    }
  }

  private boolean findNextPeriod() {
    while (true) {
      long start = anchor + period * step;
      if (start > horizon || (!anyCandidate && start >= giveUpAt)) {
        return false;
      }
      long day = Math.floorDiv(start, DAY);
      if (day != checkedDay) {
        checkedDay = day;
        dayMatches = rule.days.matches(day);
        // Walk the few candidate times rather than many periods, whichever is fewer.
        searchCandidateTimes = candidateTimes != null && candidateTimes.length < DAY / step;
      }
      long dayStart = day * DAY;
      if (!dayMatches) {
        period = ceilDiv(dayStart + DAY - anchor, step);
        continue;
      }
      if (!rule.hasTimeFilter()) {
        period++;
        return open(start);
      }
      if (!searchCandidateTimes) {
        period++;
        if (rule.passesTimeFilter((int) (start - dayStart))) {
          return open(start);
        }
        continue;
      }
      int i = Arrays.binarySearch(candidateTimes, (int) (start - dayStart));
      for (i = i < 0 ? -i - 1 : i; i < candidateTimes.length; i++) {
        long candidate = dayStart + candidateTimes[i];
        if (Math.floorMod(candidate - anchor, step) == 0) {
          period = (candidate - anchor) / step + 1;
          return open(candidate);
        }
      }
      period = ceilDiv(dayStart + DAY - anchor, step);
    }
  }

  private boolean open(long start) {
    anyCandidate = true;
    periodStart = start;
    offsetIndex = 0;
    offsetCount = offsets.length;
    return true;
  }

  private static int[] selected(int[] offsets, int[] setPos) {
    return Arrays.stream(setPos)
        .map(position -> position > 0 ? position - 1 : offsets.length + position)
        .filter(index -> index >= 0 && index < offsets.length)
        .map(index -> offsets[index])
        .sorted()
        .distinct()
        .toArray();
  }
}
