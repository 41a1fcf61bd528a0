package dev.concierge.core.ports;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: every port called by it on the same thread takes part, and
 * a failure undoes all of it. Nested calls join the outer transaction.
 */
public interface TransactionPort {
  <T> T inTransaction(Supplier<T> work);
}
