package dev.concierge.http.metrics;

import dev.concierge.core.reminders.delivery.DueReminderStats;
import java.time.Instant;
import java.util.Optional;

/** A backlog set by the test, which counts the queries made of it and can be made to fail. */
public final class FakeDueReminderStats implements DueReminderStats {
  private volatile Instant oldest;
  private volatile long due;
  private volatile boolean down;
  private volatile int queries;

  public FakeDueReminderStats set(Instant oldest, long due) {
    this.oldest = oldest;
    this.due = due;
    return this;
  }

  public void down(boolean down) {
    this.down = down;
  }

  /** How many times the oldest due reminder was asked for. */
  public int queries() {
    return queries;
  }

  @Override
  public Optional<Instant> oldestDue(Instant now) {
    queries++;
    if (down) {
      throw new IllegalStateException("connection refused");
    }
    return Optional.ofNullable(oldest);
  }

  @Override
  public long countDue(Instant now) {
    if (down) {
      throw new IllegalStateException("connection refused");
    }
    return due;
  }
}
