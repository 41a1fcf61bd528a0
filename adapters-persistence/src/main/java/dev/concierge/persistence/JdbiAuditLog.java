package dev.concierge.persistence;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditQuery;
import dev.concierge.core.audit.AuditStore;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * The audit log in PostgreSQL: appended to, never changed. The changed field names are kept as
 * {@code changes_jsonb = {"fields": [...]}}, an object so that more can be said later without a
 * migration. Thread-safe.
 */
public final class JdbiAuditLog implements AuditStore {
  static final String COLUMNS =
      """
      audit_id, org_id, actor_type, actor_id, actor_name, actor_role, action, entity_type,
      entity_id, changes_jsonb, request_id, created_at
      """;

  private static final String FIELDS = "fields";

  private final Jdbi jdbi;

  public JdbiAuditLog(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Joins the calling thread's transaction. Stamped with clock_timestamp() rather than now(), which
   * is when the transaction began: the entries of one transaction would share one time and come out
   * in any order, and a long transaction's entries would be dated well before anyone could see
   * them, behind the point a follower of the log has already read up to.
   */
  @Override
  public void recordAuditEntry(AuditEntry entry) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    """
                    insert into audit_log (audit_id, org_id, actor_type, actor_id, actor_name,
                                           actor_role, action, entity_type, entity_id,
                                           changes_jsonb, request_id, created_at)
                    values (:auditId, :orgId, :actorType, :actorId, :actorName, :actorRole,
                            :action, :entityType, :entityId, cast(:changes as jsonb), :requestId,
                            clock_timestamp())
                    """)
                .bind("auditId", entry.auditId())
                .bind("orgId", entry.orgId())
                .bind("actorType", entry.actorType().wireName())
                .bind("actorId", entry.actorId())
                .bind("actorName", entry.actorName())
                .bind("actorRole", entry.actorRole())
                .bind("action", entry.action().wireName())
                .bind("entityType", entry.entityType().wireName())
                .bind("entityId", entry.entityId())
                .bind("changes", JsonColumns.write(Metadata.of(Map.of(FIELDS, entry.fields()))))
                .bind("requestId", entry.requestId())
                .execute());
  }

  @Override
  public Page<AuditEntry> listAuditEntries(UUID orgId, AuditQuery query, PageRequest page) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> binds = new HashMap<>();
    condition(conditions, binds, "org_id = :orgId", "orgId", orgId);
    condition(
        conditions,
        binds,
        "entity_type = :entityType",
        "entityType",
        query.entityType() == null ? null : query.entityType().wireName());
    condition(conditions, binds, "entity_id = :entityId", "entityId", query.entityId());
    condition(
        conditions,
        binds,
        "actor_type = :actorType",
        "actorType",
        query.actorType() == null ? null : query.actorType().wireName());
    condition(
        conditions,
        binds,
        "actor_id = :actorId",
        "actorId",
        query.actorId() == null ? null : query.actorId().toString());
    condition(
        conditions,
        binds,
        "action = :action",
        "action",
        query.action() == null ? null : query.action().wireName());
    condition(conditions, binds, "created_at >= :since", "since", Columns.utc(query.since()));
    condition(conditions, binds, "created_at < :until", "until", Columns.utc(query.until()));
    String fromWhere =
        "from audit_log where "
            + (conditions.isEmpty() ? "true" : String.join(" and ", conditions));
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                COLUMNS,
                fromWhere,
                "created_at desc, audit_id",
                "audit_id",
                binds,
                (rs, ctx) -> map(rs),
                page));
  }

  private static void condition(
      List<String> conditions, Map<String, Object> binds, String sql, String name, Object value) {
    if (value != null) {
      conditions.add(sql);
      binds.put(name, value);
    }
  }

  /** A row of {@link #COLUMNS}. */
  static AuditEntry map(ResultSet rs) throws SQLException {
    Object fields = JsonColumns.read(rs.getString("changes_jsonb")).values().get(FIELDS);
    List<String> names = new ArrayList<>();
    if (fields instanceof List<?> list) {
      list.forEach(name -> names.add(String.valueOf(name)));
    }
    return new AuditEntry(
        Columns.uuid(rs, "audit_id"),
        Columns.uuid(rs, "org_id"),
        ActorType.valueOf(rs.getString("actor_type").toUpperCase(Locale.ROOT)),
        rs.getString("actor_id"),
        rs.getString("actor_name"),
        rs.getString("actor_role"),
        AuditAction.fromWireName(rs.getString("action")).orElseThrow(),
        EntityType.fromWireName(rs.getString("entity_type")).orElseThrow(),
        Columns.uuid(rs, "entity_id"),
        names,
        rs.getString("request_id"),
        Columns.instant(rs, "created_at"));
  }
}
