package dev.concierge.core.schedule;

import dev.concierge.core.ports.DateSchedulesPort;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Use case: recompute every date item's next occurrence and pending reminder times, in batches.
 * Idempotent (a second run changes nothing) and safe while the service runs.
 */
public final class BackfillNextOccurrences {
  public static final int DEFAULT_BATCH_SIZE = 2000;

  private final DateSchedulesPort schedules;
  private final ScheduleCalculation planner;

  public BackfillNextOccurrences(DateSchedulesPort schedules, ScheduleCalculation planner) {
    this.schedules = Objects.requireNonNull(schedules, "schedules");
    this.planner = Objects.requireNonNull(planner, "planner");
  }

  /**
   * @param orgId one organization, or null for all
   * @param progress told the running totals after each batch
   */
  public ScheduleTotals run(
      UUID orgId, boolean dryRun, int batchSize, Consumer<ScheduleTotals> progress) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be positive");
    }
    ScheduleTotals totals = ScheduleTotals.NONE;
    UUID after = null;
    while (true) {
      ScheduleBatch batch = schedules.backfillBatch(orgId, after, batchSize, dryRun, planner);
      totals = totals.plus(batch);
      progress.accept(totals);
      if (batch.examined() < batchSize) {
        return totals;
      }
      after = batch.lastId();
    }
  }
}
