package dev.concierge.core.testing;

import dev.concierge.core.audit.AuditCursor;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditQuery;
import dev.concierge.core.audit.AuditStore;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * {@link AuditStore} in a list, for fast tests of the rules; held to PostgreSQL's by the contract.
 */
public final class InMemoryAuditStore implements AuditStore {
  /** Newest first, then by id as PostgreSQL orders uuids (as their lower-case text does). */
  private static final Comparator<AuditEntry> NEWEST_FIRST =
      Comparator.comparing(AuditEntry::createdAt)
          .reversed()
          .thenComparing(e -> e.auditId().toString());

  private final List<AuditEntry> entries = new ArrayList<>();
  private final Clock clock;
  private Instant last = Instant.MIN;

  public InMemoryAuditStore() {
    this(Clock.systemUTC());
  }

  public InMemoryAuditStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void append(AuditEntry entry) {
    // PostgreSQL's clock_timestamp() moves on between two statements; a test clock may not, and
    // newest first must still mean the order they were written in
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    last = now.isAfter(last) ? now : last.plus(1, ChronoUnit.MICROS);
    entries.add(entry.writtenAt(last));
  }

  @Override
  public synchronized Page<AuditEntry> list(UUID orgId, AuditQuery query, PageRequest page) {
    return Pages.of(matching(orgId, query), page);
  }

  @Override
  public synchronized List<AuditEntry> listAfter(
      UUID orgId, AuditQuery query, AuditCursor after, int limit) {
    return matching(orgId, query).stream()
        .filter(e -> after == null || isAfter(e, after))
        .limit(limit)
        .toList();
  }

  private static boolean isAfter(AuditEntry entry, AuditCursor cursor) {
    return entry.createdAt().isBefore(cursor.createdAt())
        || entry.createdAt().equals(cursor.createdAt())
            && entry.auditId().toString().compareTo(cursor.auditId().toString()) > 0;
  }

  private List<AuditEntry> matching(UUID orgId, AuditQuery query) {
    return entries.stream()
        .filter(e -> orgId == null || e.orgId().equals(orgId))
        .filter(e -> query.entityType() == null || e.entityType() == query.entityType())
        .filter(e -> query.entityId() == null || query.entityId().equals(e.entityId()))
        .filter(e -> query.actorType() == null || e.actorType() == query.actorType())
        .filter(e -> query.actorId() == null || query.actorId().toString().equals(e.actorId()))
        .filter(e -> query.action() == null || e.action() == query.action())
        .filter(e -> query.since() == null || !e.createdAt().isBefore(query.since()))
        .filter(e -> query.until() == null || e.createdAt().isBefore(query.until()))
        .sorted(NEWEST_FIRST)
        .toList();
  }

  /** Every entry, in the order written. */
  public synchronized List<AuditEntry> entries() {
    return List.copyOf(entries);
  }
}
