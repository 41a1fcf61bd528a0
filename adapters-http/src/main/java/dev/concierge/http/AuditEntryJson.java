package dev.concierge.http;

import dev.concierge.core.audit.AuditEntry;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An audit log entry as the API shows it. {@code changes_jsonb} is the stored object as is, {@code
 * {"fields": [...]}}: names of the fields the write set, never their values.
 */
record AuditEntryJson(
    UUID auditId,
    UUID orgId,
    String actorType,
    String actorId,
    String actorName,
    String actorRole,
    String action,
    String entityType,
    UUID entityId,
    Map<String, Object> changesJsonb,
    String requestId,
    Instant createdAt) {

  static AuditEntryJson of(AuditEntry e) {
    return new AuditEntryJson(
        e.auditId(),
        e.orgId(),
        e.actorType().wireName(),
        e.actorId(),
        e.actorName(),
        e.actorRole(),
        e.action().wireName(),
        e.entityType().wireName(),
        e.entityId(),
        Map.of("fields", e.fields()),
        e.requestId(),
        e.createdAt());
  }
}
