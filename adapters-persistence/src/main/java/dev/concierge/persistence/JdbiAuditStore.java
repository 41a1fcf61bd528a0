package dev.concierge.persistence;

import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditQuery;
import dev.concierge.core.audit.AuditStore;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * The audit log in PostgreSQL: appended to, never changed. The changed field names are kept as
 * {@code changes_jsonb = {"fields": [...]}}, an object so that more can be said later without a
 * migration. Thread-safe.
 */
public final class JdbiAuditStore implements AuditStore {
  /** The columns of an {@link AuditEntry}, named as its components for {@link #ENTRY}. */
  private static final String COLUMNS =
      """
      audit_id, org_id, actor_type, actor_id, actor_name, actor_role, action, entity_type,
      entity_id, array(select jsonb_array_elements_text(changes_jsonb -> 'fields')) as fields,
      request_id, created_at
      """;

  private static final RowMapper<AuditEntry> ENTRY = ConstructorMapper.of(AuditEntry.class);

  private static final String INSERT =
      """
      insert into audit_log (audit_id, org_id, actor_type, actor_id, actor_name, actor_role,
                             action, entity_type, entity_id, changes_jsonb, request_id, created_at)
      values (:auditId, :orgId, :actorType, :actorId, :actorName, :actorRole, :action,
              :entityType, :entityId, :changes, :requestId, clock_timestamp())
      """;

  private final Jdbi jdbi;

  public JdbiAuditStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Joins the calling thread's transaction. Stamped with clock_timestamp() rather than now(), which
   * is when the transaction began: the entries of one transaction would share one time and come out
   * in any order, and a long transaction's entries would be dated well before anyone could see
   * them, behind the point a follower of the log has already read up to.
   */
  @Override
  public void append(AuditEntry entry) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(INSERT)
                .bindMethods(entry)
                .bind("changes", changes(entry))
                .execute());
  }

  /** As {@link #append}, in JDBC batches. */
  @Override
  public void appendAll(List<AuditEntry> entries) {
    jdbi.useHandle(
        handle ->
            Batches.run(
                handle,
                INSERT,
                entries,
                (batch, entry) -> batch.bindMethods(entry).bind("changes", changes(entry))));
  }

  private static Metadata changes(AuditEntry entry) {
    return Metadata.of(Map.of("fields", entry.fields()));
  }

  @Override
  public Page<AuditEntry> list(UUID orgId, AuditQuery query, PageRequest page) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> binds = new HashMap<>();
    condition(conditions, binds, "org_id = :orgId", "orgId", orgId);
    condition(conditions, binds, "entity_type = :entityType", "entityType", query.entityType());
    condition(conditions, binds, "entity_id = :entityId", "entityId", query.entityId());
    condition(conditions, binds, "actor_type = :actorType", "actorType", query.actorType());
    condition(
        conditions,
        binds,
        "actor_id = :actorId",
        "actorId",
        query.actorId() == null ? null : query.actorId().toString());
    condition(conditions, binds, "action = :action", "action", query.action());
    condition(conditions, binds, "created_at >= :since", "since", query.since());
    condition(conditions, binds, "created_at < :until", "until", query.until());
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
                ENTRY,
                page));
  }

  private static void condition(
      List<String> conditions, Map<String, Object> binds, String sql, String name, Object value) {
    if (value != null) {
      conditions.add(sql);
      binds.put(name, value);
    }
  }
}
