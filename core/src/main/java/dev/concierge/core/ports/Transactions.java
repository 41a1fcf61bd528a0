package dev.concierge.core.ports;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: every store the work calls on the same thread takes part,
 * and a failure undoes all of it. Nested calls join the outer transaction. The audit trail runs
 * every write through it, so a change and its audit entry commit together or not at all.
 */
public interface Transactions {
  <T> T inTransaction(Supplier<T> work);
}
