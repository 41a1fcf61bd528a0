package dev.concierge.core.reminders.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * Use case: once a date's occurrence has passed in its person's zone, advance its next occurrence
 * and re-arm its reminders for the next cycle. Safe to run on every instance at once.
 */
public final class RollOverDueDates {
  static final int BATCH_SIZE = 500;

  private final ScheduleStore schedules;
  private final SchedulePlanner planner;
  private final Clock clock;

  public RollOverDueDates(ScheduleStore schedules, Clock clock) {
    this.schedules = Objects.requireNonNull(schedules, "schedules");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.planner = new SchedulePlanner(clock);
  }

  /** Rolls over everything due now; returns the totals. */
  public ScheduleTotals rollOver() {
    // No zone is ahead of UTC by more than 14 hours, so no person's today is later than UTC's
    // tomorrow: every date already past for someone lies before that horizon.
    LocalDate horizon = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
    ScheduleTotals totals = ScheduleTotals.NONE;
    LocalDate afterNext = null;
    UUID afterId = null;
    while (true) {
      ScheduleBatch batch = schedules.rollOver(horizon, afterNext, afterId, BATCH_SIZE, planner);
      totals = totals.plus(batch);
      if (batch.examined() < BATCH_SIZE) {
        return totals;
      }
      afterNext = batch.lastNextOccurrence();
      afterId = batch.lastId();
    }
  }
}
