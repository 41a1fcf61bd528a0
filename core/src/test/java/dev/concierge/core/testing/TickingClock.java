package dev.concierge.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A UTC clock that moves a millisecond forward each time it is read, so that what an in-memory
 * store stamps one write after another is ordered as PostgreSQL's {@code now()} of consecutive
 * transactions is, and never ties.
 */
public final class TickingClock extends Clock {
  private final Instant start;
  private final AtomicLong ticks = new AtomicLong();

  public TickingClock(Instant start) {
    this.start = start;
  }

  /** A clock starting at the current time. */
  public static TickingClock fromNow() {
    return new TickingClock(Instant.now());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return start.plus(Duration.ofMillis(ticks.getAndIncrement()));
  }
}
