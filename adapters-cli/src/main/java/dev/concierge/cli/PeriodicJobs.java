package dev.concierge.cli;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background work of {@code serve}, each job at a fixed delay after its previous run ended. A
 * failing run is logged and the job carries on, so a database outage never stops the schedule.
 */
final class PeriodicJobs implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PeriodicJobs.class);
  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "concierge-jobs");
            thread.setDaemon(true);
            return thread;
          });

  void every(String name, Duration interval, Runnable job) {
    executor.scheduleWithFixedDelay(
        () -> {
          try {
            job.run();
          } catch (RuntimeException e) {
            log.warn("{} failed, will retry in {}: {}", name, interval, e.getMessage());
          }
        },
        0,
        interval.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
