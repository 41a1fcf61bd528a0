package dev.concierge.core.time;

/** The FREQ of a recurrence rule, from the coarsest period to the finest. */
public enum Frequency {
  YEARLY,
  MONTHLY,
  WEEKLY,
  DAILY,
  HOURLY,
  MINUTELY,
  SECONDLY;

  /** True for HOURLY, MINUTELY and SECONDLY, whose periods are shorter than a day. */
  public boolean isSubDaily() {
    return compareTo(DAILY) > 0;
  }
}
