package dev.concierge.core.ports;

import dev.concierge.core.audit.AuditEntry;

/** Appends an entry to the audit log, in the transaction of the calling thread if there is one. */
@FunctionalInterface
public interface RecordAuditEntryPort {
  void recordAuditEntry(AuditEntry entry);
}
