package dev.concierge.core.audit;

import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.List;
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

  /**
   * Newest first, {@code limit} entries after {@code after} (null: from the newest), and where the
   * next page starts; nothing is counted, so a page of a long log stays as cheap as the first.
   */
  public AuditSlice newest(Caller caller, AuditQuery query, AuditCursor after, int limit) {
    caller.requireAdmin();
    new FieldErrors().range("limit", limit, 1, PageRequest.MAX_LIMIT).throwIfAny();
    List<AuditEntry> read = entries.listAfter(caller.orgId(), query, after, limit + 1);
    if (read.size() <= limit) {
      return new AuditSlice(read, null);
    }
    List<AuditEntry> shown = read.subList(0, limit);
    return new AuditSlice(shown, AuditCursor.after(shown.get(limit - 1)));
  }
}
