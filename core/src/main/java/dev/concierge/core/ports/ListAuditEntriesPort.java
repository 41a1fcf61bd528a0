package dev.concierge.core.ports;

import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditQuery;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.UUID;

/** The audit log, newest first. */
public interface ListAuditEntriesPort {
  /**
   * @param orgId the organization whose entries to list; null lists every organization's, which
   *     only an operator at the command line may ask for
   */
  Page<AuditEntry> listAuditEntries(UUID orgId, AuditQuery query, PageRequest page);
}
