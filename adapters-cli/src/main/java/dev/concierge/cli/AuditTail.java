package dev.concierge.cli;

import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditQuery;
import dev.concierge.core.audit.AuditStore;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.paging.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Follows the audit log: the newest entries first, then whatever is written after them.
 *
 * <p>Entries are stamped when written, but become visible when their transaction commits, which can
 * be later: an entry may appear behind one already shown. So each poll reads back {@link #LOOKBACK}
 * before the newest entry seen and skips the ids already shown. A write whose transaction stays
 * open longer than that after its entry is missed by the follower (never by the log).
 */
final class AuditTail {
  static final Duration LOOKBACK = Duration.ofSeconds(10);
  private static final int PAGE = PageRequest.MAX_LIMIT;

  private final AuditStore log;
  private final UUID orgId;
  private final EntityType entityType;
  private final Map<UUID, Instant> shown = new HashMap<>();
  private Instant newest;

  /**
   * @param orgId null follows every organization
   * @param entityType null follows every kind of entity
   */
  AuditTail(AuditStore log, UUID orgId, EntityType entityType) {
    this.log = log;
    this.orgId = orgId;
    this.entityType = entityType;
  }

  /** The newest {@code limit} entries, oldest first. */
  List<AuditEntry> start(int limit) {
    List<AuditEntry> entries =
        new ArrayList<>(log.list(orgId, query(null), new PageRequest(0, limit)).items());
    entries.forEach(this::remember);
    if (newest != null) {
      // those just older than the ones shown were left out on purpose: following must not show
      // them as new
      for (AuditEntry older : since(newest.minus(LOOKBACK))) {
        if (!older.createdAt().isAfter(newest)) {
          remember(older);
        }
      }
    }
    return reversed(entries);
  }

  /** Entries not shown yet, oldest first. */
  List<AuditEntry> poll() {
    List<AuditEntry> fresh = new ArrayList<>();
    for (AuditEntry entry : since(newest == null ? null : newest.minus(LOOKBACK))) {
      if (!shown.containsKey(entry.auditId())) {
        fresh.add(entry);
      }
    }
    fresh.forEach(this::remember);
    Instant forgetBefore = newest == null ? null : newest.minus(LOOKBACK);
    shown.values().removeIf(at -> forgetBefore != null && at.isBefore(forgetBefore));
    return reversed(fresh);
  }

  /** Every entry from {@code instant} on (all when null), newest first. */
  private List<AuditEntry> since(Instant instant) {
    List<AuditEntry> entries = new ArrayList<>();
    // a page shorter than asked for is the last; the total may be a remembered one
    for (int skip = 0; ; skip += PAGE) {
      List<AuditEntry> page = log.list(orgId, query(instant), new PageRequest(skip, PAGE)).items();
      entries.addAll(page);
      if (page.size() < PAGE) {
        return entries;
      }
    }
  }

  private AuditQuery query(Instant since) {
    return new AuditQuery(entityType, null, null, null, null, since, null);
  }

  private void remember(AuditEntry entry) {
    shown.put(entry.auditId(), entry.createdAt());
    if (newest == null || entry.createdAt().isAfter(newest)) {
      newest = entry.createdAt();
    }
  }

  private static List<AuditEntry> reversed(List<AuditEntry> newestFirst) {
    List<AuditEntry> oldestFirst = new ArrayList<>(newestFirst);
    Collections.reverse(oldestFirst);
    return oldestFirst;
  }
}
