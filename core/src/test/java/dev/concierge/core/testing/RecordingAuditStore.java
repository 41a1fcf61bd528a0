package dev.concierge.core.testing;

import dev.concierge.core.audit.AuditCursor;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditQuery;
import dev.concierge.core.audit.AuditStore;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * An audit store that hands each entry to the test, which may keep, count or refuse it; for listing
 * entries, {@link InMemoryAuditStore}.
 */
public final class RecordingAuditStore implements AuditStore {
  private final Consumer<AuditEntry> sink;

  public RecordingAuditStore(Consumer<AuditEntry> sink) {
    this.sink = sink;
  }

  @Override
  public void append(AuditEntry entry) {
    sink.accept(entry);
  }

  @Override
  public Page<AuditEntry> list(UUID orgId, AuditQuery query, PageRequest page) {
    throw new UnsupportedOperationException("this store only records");
  }

  @Override
  public List<AuditEntry> listAfter(UUID orgId, AuditQuery query, AuditCursor after, int limit) {
    throw new UnsupportedOperationException("this store only records");
  }
}
