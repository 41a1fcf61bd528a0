package dev.concierge.http.metrics;

import dev.concierge.core.reminders.delivery.DueReminderStats;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backlog of due reminders: how many, and how long the oldest has waited. Both are database
 * queries, so they run when a gauge is read and the values are older than the refresh interval, not
 * on every read: scrapes from several Prometheus servers then cost the database one pair of queries
 * per interval, and a process nobody scrapes costs it none.
 */
final class DueReminderGauges {
  private static final Logger log = LoggerFactory.getLogger(DueReminderGauges.class);

  /** Before the first successful query the backlog is unknown, which is not the same as empty. */
  private static final Backlog UNKNOWN = new Backlog(Double.NaN, Double.NaN);

  private final DueReminderStats stats;
  private final Clock clock;
  private final Duration refreshEvery;
  private final ReentrantLock refreshing = new ReentrantLock();
  private volatile Backlog backlog = UNKNOWN;
  // guarded by refreshing
  private Instant queriedAt;
  private boolean failing;

  DueReminderGauges(DueReminderStats stats, Clock clock, Duration refreshEvery) {
    this.stats = Objects.requireNonNull(stats, "stats");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.refreshEvery = Objects.requireNonNull(refreshEvery, "refreshEvery");
    if (refreshEvery.isNegative()) {
      throw new IllegalArgumentException("refreshEvery must not be negative");
    }
  }

  void register(MeterRegistry registry) {
    // Micrometer holds a gauge's object weakly; nothing else holds this one, so the gauges must
    Gauge.builder("concierge.reminders.oldest.due.age", this, g -> g.current().oldestAgeSeconds())
        .strongReference(true)
        .description("How long the oldest due, unsent reminder has waited past its time; 0 if none")
        .baseUnit("seconds")
        .register(registry);
    Gauge.builder("concierge.reminders.due", this, g -> g.current().due())
        .strongReference(true)
        .description("Reminders that are due and neither sent nor failed")
        .register(registry);
  }

  private Backlog current() {
    // a scrape that finds another one querying keeps the last values rather than queue behind it
    if (refreshing.tryLock()) {
      try {
        Instant now = clock.instant();
        if (queriedAt == null || !now.isBefore(queriedAt.plus(refreshEvery))) {
          queriedAt = now;
          backlog = query(now);
        }
      } finally {
        refreshing.unlock();
      }
    }
    return backlog;
  }

  private Backlog query(Instant now) {
    try {
      double age =
          stats
              .oldestDue(now)
              .map(oldest -> Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0))
              .orElse(0.0);
      Backlog fresh = new Backlog(age, stats.countDue(now));
      if (failing) {
        log.info("Due reminder metrics can be read again");
        failing = false;
      }
      return fresh;
    } catch (RuntimeException e) {
      // a database that is down must not break the scrape, and must not flood the log either
      if (failing) {
        log.debug("Due reminder metrics still cannot be read", e);
      } else {
        log.warn("Cannot read the due reminder metrics; keeping the last values", e);
        failing = true;
      }
      return backlog;
    }
  }

  private record Backlog(double oldestAgeSeconds, double due) {}
}
