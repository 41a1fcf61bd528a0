package dev.concierge.core.testing;

import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditQuery;
import dev.concierge.core.audit.AuditStore;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.UUID;
import java.util.function.Consumer;

/** An audit store that hands each entry to the test (which may keep, count or refuse it). */
public final class RecordingAuditStore implements AuditStore {
  private final Consumer<AuditEntry> sink;

  public RecordingAuditStore(Consumer<AuditEntry> sink) {
    this.sink = sink;
  }

  /** Keeps nothing. */
  public static RecordingAuditStore discarding() {
    return new RecordingAuditStore(entry -> {});
  }

  @Override
  public void recordAuditEntry(AuditEntry entry) {
    sink.accept(entry);
  }

  @Override
  public Page<AuditEntry> listAuditEntries(UUID orgId, AuditQuery query, PageRequest page) {
    throw new UnsupportedOperationException("this store only records");
  }
}
