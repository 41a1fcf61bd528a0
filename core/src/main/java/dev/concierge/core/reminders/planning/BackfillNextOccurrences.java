package dev.concierge.core.reminders.planning;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Use case: recompute every date item's next occurrence and pending reminder times, in batches.
 * Idempotent (a second run changes nothing) and safe while the service runs. The items are read
 * once, as one stream, on the calling thread; {@code workers} threads plan and write the batches,
 * each on a database connection of its own, so the next batch is read while the last ones are
 * written and the planning overlaps the database's work.
 */
public final class BackfillNextOccurrences {
  public static final int DEFAULT_BATCH_SIZE = 2000;

  /** Tells a worker the read has ended (compared by identity). */
  private static final List<DateItemSchedule> END = new ArrayList<>();

  private static final Duration HAND_OVER_CHECK = Duration.ofSeconds(1);

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
   * @param workers how many batches are planned and written at once
   * @param progress told the running totals after each batch (from the workers' threads, one at a
   *     time)
   */
  public ScheduleTotals run(
      UUID orgId, boolean dryRun, int batchSize, int workers, Consumer<ScheduleTotals> progress) {
    if (batchSize < 1 || workers < 1) {
      throw new IllegalArgumentException("batchSize and workers must be positive");
    }
    Progress totals = new Progress(progress);
    // One batch waiting per worker: enough to keep them busy, and the read's memory bounded.
    BlockingQueue<List<DateItemSchedule>> read = new ArrayBlockingQueue<>(workers);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < workers; i++) {
        running.add(pool.submit(() -> write(read, dryRun, totals)));
      }
      schedules.readForBackfill(orgId, batchSize, batch -> handOver(read, batch, running));
      for (int i = 0; i < workers; i++) {
        handOver(read, END, running);
      }
      for (Future<?> worker : running) {
        worker.get();
      }
      return totals.current();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("backfill interrupted", e);
    } catch (ExecutionException e) {
      throw rethrown(e);
    } finally {
      pool.shutdownNow();
    }
  }

  private Void write(BlockingQueue<List<DateItemSchedule>> read, boolean dryRun, Progress totals)
      throws InterruptedException {
    while (true) {
      List<DateItemSchedule> batch = read.take();
      if (batch == END) {
        return null;
      }
      totals.add(schedules.backfill(batch, dryRun, planner));
    }
  }

  /** Waits for room in the queue, but stops the read as soon as a worker has failed. */
  private static void handOver(
      BlockingQueue<List<DateItemSchedule>> read,
      List<DateItemSchedule> batch,
      List<Future<?>> workers) {
    try {
      while (!read.offer(batch, HAND_OVER_CHECK.toMillis(), TimeUnit.MILLISECONDS)) {
        for (Future<?> worker : workers) {
          if (worker.isDone()) {
            worker.get();
            throw new IllegalStateException("a backfill worker stopped early");
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("backfill interrupted", e);
    } catch (ExecutionException e) {
      throw rethrown(e);
    }
  }

  private static RuntimeException rethrown(ExecutionException e) {
    if (e.getCause() instanceof RuntimeException runtime) {
      return runtime;
    }
    return new IllegalStateException(e.getCause());
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
