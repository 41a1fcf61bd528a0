package dev.concierge.core.audit;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.errors.FieldErrors;
import java.time.Instant;
import java.util.UUID;

/**
 * Filters of the audit log; each null one does not filter.
 *
 * @param since entries written at or after this instant
 * @param until entries written before this instant
 */
public record AuditQuery(
    EntityType entityType,
    UUID entityId,
    ActorType actorType,
    UUID actorId,
    AuditAction action,
    Instant since,
    Instant until) {
  public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null, null);

  public AuditQuery {
    if (since != null && until != null && !until.isAfter(since)) {
      new FieldErrors().add("until", "must be after since").throwIfAny();
    }
  }
}
