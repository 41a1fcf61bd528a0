package dev.concierge.core.audit;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.UUID;

/** Where the audit log is kept. Implementations are thread-safe. */
public interface AuditStore {
  void recordAuditEntry(AuditEntry entry);

  /**
   * @param orgId the organization whose entries to list; null lists every organization's, which
   *     only an operator at the command line may ask for
   */
  Page<AuditEntry> listAuditEntries(UUID orgId, AuditQuery query, PageRequest page);
}
