package dev.concierge.core.audit;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.access.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One write, as the audit log keeps it: who (the actor as it was then), what (action, entity and
 * the names of the fields it set) and when, with the request it came in. Field values are never
 * kept: the log must not become a second copy of clients' personal data.
 *
 * @param actorId the key's or account's id; null for operators and the service itself
 * @param actorRole the role's wire name at the time of the write
 * @param fields the API names of the fields the write set, in the order of the input
 * @param requestId the request's correlation id; null outside HTTP
 * @param createdAt null until stored
 */
public record AuditEntry(
    UUID auditId,
    UUID orgId,
    ActorType actorType,
    String actorId,
    String actorName,
    String actorRole,
    AuditAction action,
    EntityType entityType,
    UUID entityId,
    List<String> fields,
    String requestId,
    Instant createdAt) {

  public AuditEntry {
    Objects.requireNonNull(auditId, "auditId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(actorType, "actorType");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(entityType, "entityType");
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  /** A new entry for a write by {@code caller}. */
  public static AuditEntry of(
      Caller caller,
      AuditAction action,
      EntityType entityType,
      UUID entityId,
      List<String> fields) {
    return new AuditEntry(
        UUID.randomUUID(),
        caller.orgId(),
        caller.actorType(),
        caller.actorId() == null ? null : caller.actorId().toString(),
        caller.name(),
        caller.role().wireName(),
        action,
        entityType,
        entityId,
        fields,
        caller.requestId(),
        null);
  }

  /** This entry as the log keeps it, written at {@code at}. */
  public AuditEntry writtenAt(Instant at) {
    return new AuditEntry(
        auditId,
        orgId,
        actorType,
        actorId,
        actorName,
        actorRole,
        action,
        entityType,
        entityId,
        fields,
        requestId,
        at);
  }
}
