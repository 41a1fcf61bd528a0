package dev.concierge.core.ports;

public interface DatabaseStatusPort {
  /** True when the system of record answers a trivial query within a short timeout. */
  boolean isDatabaseReachable();
}
