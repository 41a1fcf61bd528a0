package dev.concierge.core.time;

/** What a yearly date on 29 February does in the three years out of four that lack one. */
public enum LeapDayPolicy {
  /**
   * Occur on 28 February in common years: a birthday or anniversary is celebrated every year. The
   * default.
   */
  FEB_28,

  /** Occur in leap years only, as RFC 5545 alone would have it. */
  STRICT
}
