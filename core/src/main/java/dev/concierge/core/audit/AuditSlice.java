package dev.concierge.core.audit;

import java.util.List;

/**
 * Entries of the log, newest first, read without counting the rest.
 *
 * @param next where the following page starts; null when these are the oldest
 */
public record AuditSlice(List<AuditEntry> entries, AuditCursor next) {
  public AuditSlice {
    entries = List.copyOf(entries);
  }
}
