package dev.concierge.core.reminders.planning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Use case: recompute every date item's next occurrence and pending reminder times, in batches.
 * Idempotent (a second run changes nothing) and safe while the service runs (unless asked to
 * rebuild the indexes). The store cuts its rows into slices, one per worker, because the cost is
 * the database's and each worker keeps one database connection busy.
 */
public final class BackfillNextOccurrences {
  public static final int DEFAULT_BATCH_SIZE = 2000;

  private final ScheduleStore schedules;
  private final SchedulePlanner planner;

  /**
   * @param clock what "now" is: each date is placed as of today in its person's zone
   */
  public BackfillNextOccurrences(ScheduleStore schedules, Clock clock) {
    this.schedules = Objects.requireNonNull(schedules, "schedules");
    this.planner = new SchedulePlanner(clock);
  }

  /** One worker. */
  public ScheduleTotals run(
      UUID orgId, boolean dryRun, int batchSize, Consumer<ScheduleTotals> progress) {
    return run(orgId, dryRun, batchSize, 1, progress);
  }

  /** Writing into the indexes row by row, as is safe while the service runs. */
  public ScheduleTotals run(
      UUID orgId, boolean dryRun, int batchSize, int workers, Consumer<ScheduleTotals> progress) {
    return run(orgId, dryRun, batchSize, workers, false, progress);
  }

  /**
   * @param orgId one organization, or null for all
   * @param workers how many slices to work on at once
   * @param rebuildIndexes see {@link ScheduleStore#beginBackfill}
   * @param progress told the running totals after each batch (from the workers' threads, one at a
   *     time)
   */
  public ScheduleTotals run(
      UUID orgId,
      boolean dryRun,
      int batchSize,
      int workers,
      boolean rebuildIndexes,
      Consumer<ScheduleTotals> progress) {
    if (batchSize < 1 || workers < 1) {
      throw new IllegalArgumentException("batchSize and workers must be positive");
    }
    Progress totals = new Progress(progress);
    try (BackfillPass pass = schedules.beginBackfill(orgId, rebuildIndexes)) {
      List<BackfillPass.Slice> slices = pass.slices(workers, batchSize);
      if (slices.size() == 1) {
        backfill(slices.get(0), dryRun, totals);
      } else {
        inParallel(slices, dryRun, totals);
      }
      UUID after = null;
      while (true) {
        ScheduleBatch batch = pass.writtenMeanwhile(after, batchSize, dryRun, planner);
        totals.add(batch);
        if (batch.examined() < batchSize) {
          break;
        }
        after = batch.lastId();
      }
      pass.finish();
      return totals.current();
    }
  }

  private void inParallel(List<BackfillPass.Slice> slices, boolean dryRun, Progress totals) {
    ExecutorService pool = Executors.newFixedThreadPool(slices.size());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (BackfillPass.Slice slice : slices) {
        running.add(pool.submit(() -> backfill(slice, dryRun, totals)));
      }
      for (Future<?> slice : running) {
        slice.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("backfill interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private void backfill(BackfillPass.Slice slice, boolean dryRun, Progress totals) {
    while (!slice.done()) {
      totals.add(slice.next(dryRun, planner));
    }
  }

  private static final class Progress {
    private final Consumer<ScheduleTotals> listener;
    private ScheduleTotals totals = ScheduleTotals.NONE;

    Progress(Consumer<ScheduleTotals> listener) {
      this.listener = listener;
    }

    synchronized void add(ScheduleBatch batch) {
      totals = totals.plus(batch);
      listener.accept(totals);
    }

    synchronized ScheduleTotals current() {
      return totals;
    }
  }
}
