package dev.concierge.core.ports;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Confines the database work of the current thread to one organization, below the queries: while a
 * scope is open, rows of other organizations are invisible and cannot be written, even by a query
 * that forgot to filter by organization. Work outside any scope is unconfined (workers and commands
 * that run across organizations by design).
 */
public interface OrganizationScopes {

  /**
   * Opens a scope for {@code orgId} on this thread until the returned scope is closed, which must
   * happen on this thread. Closing restores whatever scope was open before. A transaction already
   * running on this thread keeps the scope it started with.
   */
  Scope enter(UUID orgId);

  /** Runs {@code work} inside a scope for {@code orgId}. */
  @SuppressWarnings("try") // the scope is held for its extent, never read
  default <T> T within(UUID orgId, Supplier<T> work) {
    try (Scope ignored = enter(orgId)) {
      return work.get();
    }
  }

  /** An open scope; closing it a second time does nothing. */
  interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
