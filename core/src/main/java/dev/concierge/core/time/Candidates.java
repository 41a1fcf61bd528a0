package dev.concierge.core.time;

/**
 * The instances a rule's periods produce, in ascending order of local epoch seconds, before
 * DTSTART, UNTIL and COUNT are applied. Implementations skip periods that cannot match and give up,
 * ending the sequence, after year 9999 or once a whole calendar cycle has passed without a single
 * candidate (the Gregorian calendar repeats every 400 years, so such a rule is empty).
 */
abstract class Candidates {

  static final long END = Long.MIN_VALUE;

  /** 9999-12-31T23:59:59, the last second python-dateutil (and so this engine) expands to. */
  static final long LAST_SECOND = EpochDays.of(9999, 12, 31) * EpochDays.SECONDS_PER_DAY + 86_399;

  /** The next candidate, or {@link #END}. */
  abstract long next();

  /**
   * Candidates for a rule, starting at the period that holds {@code from} (earlier periods are
   * skipped, so pass the start itself when COUNT must be honoured) and ending once a period starts
   * after {@code horizon}.
   */
  static Candidates of(AnchoredRule rule, long from, long horizon) {
    long last = Math.min(horizon, LAST_SECOND);
    return rule.frequency.isSubDaily()
        ? new SubDailyCandidates(rule, from, last)
        : new PeriodCandidates(rule, from, last);
  }

  static long ceilDiv(long dividend, long divisor) {
    return -Math.floorDiv(-dividend, divisor);
  }
}
