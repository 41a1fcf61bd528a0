package dev.concierge.persistence.testing;

import java.time.Duration;

/**
 * Waits for a condition that announces itself to nobody — another process's session waiting on a
 * lock, a port closed by a stopping server, a pool that has reconnected — by asking it again until
 * it holds or the bound passes. The bound is a liveness bound, far above the expected wait, so a
 * slow machine only makes the test slower, never wrong. Anything that can signal (a latch, a
 * future, a line of output) is waited on directly instead.
 */
public final class Eventually {
  private static final Duration PAUSE = Duration.ofMillis(25);

  /** A condition that may throw while it is asked (a connection refused, a query failing). */
  @FunctionalInterface
  public interface Condition {
    boolean holds() throws Exception;
  }

  private Eventually() {}

  /** Whether {@code condition} held within {@code bound}. */
  public static boolean within(Duration bound, Condition condition) throws Exception {
    long deadline = System.nanoTime() + bound.toNanos();
    while (true) {
      if (condition.holds()) {
        return true;
      }
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(PAUSE.toMillis());
    }
  }
}
