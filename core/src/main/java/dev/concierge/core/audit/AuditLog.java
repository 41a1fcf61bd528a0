package dev.concierge.core.audit;

import dev.concierge.core.access.Caller;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.Objects;

/** Reading the audit log: an admin's job, and only ever the admin's own organization. */
public final class AuditLog {
  private final AuditStore entries;

  public AuditLog(AuditStore entries) {
    this.entries = Objects.requireNonNull(entries, "entries");
  }

  /** Newest first. */
  public Page<AuditEntry> list(Caller caller, AuditQuery query, PageRequest page) {
    caller.requireAdmin();
    return entries.list(caller.orgId(), query, page);
  }
}
