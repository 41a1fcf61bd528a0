package dev.concierge.http;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditLog;
import dev.concierge.core.audit.AuditQuery;
import dev.concierge.core.audit.EntityType;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** /api/v1/audit-log: every write of the caller's organization, newest first; admins only. */
final class AuditLogController {
  private final AuditLog auditLog;

  AuditLogController(AuditLog auditLog) {
    this.auditLog = auditLog;
  }

  List<Operation> operations() {
    return List.of(
        Operation.get("/api/v1/audit-log", "listAuditEntries", Access.ADMIN, this::list));
  }

  private void list(Context ctx) {
    AuditQuery query =
        new AuditQuery(
            Params.queryEnum(
                ctx,
                "entity_type",
                EntityType::fromWireName,
                EntityType.values(),
                EntityType::wireName),
            Params.queryUuid(ctx, "entity_id"),
            Params.queryEnum(
                ctx,
                "actor_type",
                AuditLogController::actorType,
                ActorType.values(),
                ActorType::wireName),
            Params.queryUuid(ctx, "actor_id"),
            Params.queryEnum(
                ctx,
                "action",
                AuditAction::fromWireName,
                AuditAction.values(),
                AuditAction::wireName),
            Params.queryInstant(ctx, "since"),
            Params.queryInstant(ctx, "until"));
    Responses.page(
        ctx,
        auditLog.list(Authentication.caller(ctx), query, Params.page(ctx)).map(AuditEntryJson::of));
  }

  private static Optional<ActorType> actorType(String value) {
    return Arrays.stream(ActorType.values()).filter(t -> t.wireName().equals(value)).findFirst();
  }
}
