package dev.concierge.core.health;

public interface DatabaseStatusPort {
  /** True when the system of record answers a trivial query within a short timeout. */
  boolean isDatabaseReachable();
}
