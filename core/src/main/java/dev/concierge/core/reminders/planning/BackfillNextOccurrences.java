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
 * Idempotent (a second run changes nothing) and safe while the service runs. Work is split into
 * slices of the id space, one per worker, because the cost is the database's index maintenance and
 * each worker keeps one database connection busy.
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

  /**
   * @param orgId one organization, or null for all
   * @param workers how many slices to work on at once
   * @param progress told the running totals after each batch (from the workers' threads, one at a
   *     time)
   */
  public ScheduleTotals run(
      UUID orgId, boolean dryRun, int batchSize, int workers, Consumer<ScheduleTotals> progress) {
    if (batchSize < 1 || workers < 1) {
      throw new IllegalArgumentException("batchSize and workers must be positive");
    }
    Progress totals = new Progress(progress);
    List<IdRange> ranges = IdRange.split(workers);
    if (workers == 1) {
      backfill(orgId, ranges.get(0), dryRun, batchSize, totals);
      return totals.current();
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (IdRange range : ranges) {
        running.add(pool.submit(() -> backfill(orgId, range, dryRun, batchSize, totals)));
      }
      for (Future<?> slice : running) {
        slice.get();
      }
      return totals.current();
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

  private void backfill(UUID orgId, IdRange range, boolean dryRun, int batchSize, Progress totals) {
    UUID after = null;
    while (true) {
      ScheduleBatch batch = schedules.backfill(orgId, range, after, batchSize, dryRun, planner);
      totals.add(batch);
      if (batch.examined() < batchSize) {
        return;
      }
      after = batch.lastId();
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
