package dev.concierge.persistence;

import dev.concierge.core.ports.Transactions;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * One transaction around work that calls several repositories. JDBI keeps the open handle in a
 * thread-local scope, so every repository built on the same {@link Jdbi} that the work calls on
 * this thread ({@code withHandle}, {@code inTransaction}) joins it; a nested transaction joins the
 * outer one. Thread-safe.
 */
public final class JdbiTransactions implements Transactions {
  private final Jdbi jdbi;

  public JdbiTransactions(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return jdbi.inTransaction(handle -> work.get());
  }
}
