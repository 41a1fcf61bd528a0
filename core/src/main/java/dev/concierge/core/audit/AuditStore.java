package dev.concierge.core.audit;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.List;
import java.util.UUID;

/** Where the audit log is kept: appended to, never changed. Implementations are thread-safe. */
public interface AuditStore {
  /**
   * Appends the entry, stamped with the moment it is written (not when its transaction began), in
   * the transaction running on this thread, if any.
   */
  void append(AuditEntry entry);

  /**
   * Appends every entry, as {@link #append} does one; a store may write them in fewer round trips
   * (an import records one entry per row).
   */
  default void appendAll(List<AuditEntry> entries) {
    entries.forEach(this::append);
  }

  /**
   * One page of the entries that match every filter of {@code query}, newest first, with their
   * total.
   *
   * @param orgId the organization whose entries to list; null lists every organization's, which
   *     only an operator at the command line may ask for
   */
  Page<AuditEntry> list(UUID orgId, AuditQuery query, PageRequest page);

  /**
   * Up to {@code limit} entries of the organization that match every filter of {@code query},
   * newest first (then by id) and after {@code after} in that order, counting none: a page of a log
   * of millions of entries costs what a page of a short one does.
   *
   * @param after where the previous page ended; null for the newest
   */
  List<AuditEntry> listAfter(UUID orgId, AuditQuery query, AuditCursor after, int limit);
}
