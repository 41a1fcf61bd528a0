package dev.concierge.persistence;

import dev.concierge.core.audit.AuditCursor;
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

  private static final String NEWEST_FIRST = "created_at desc, audit_id";

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

  /**
   * As {@link #append}, one statement per {@value ColumnArrays#CHUNK} entries (an import of 100,000
   * persons writes over 300,000), each entry stamped as it is written.
   */
  @Override
  public void appendAll(List<AuditEntry> entries) {
    jdbi.useHandle(
        handle ->
            ColumnArrays.write(
                handle,
                """
                insert into audit_log (audit_id, org_id, actor_type, actor_id, actor_name,
                                       actor_role, action, entity_type, entity_id, changes_jsonb,
                                       request_id, created_at)
                select *, clock_timestamp()
                from unnest(cast(:auditIds as uuid[]), cast(:orgIds as uuid[]),
                            cast(:actorTypes as text[]), cast(:actorIds as text[]),
                            cast(:actorNames as text[]), cast(:actorRoles as text[]),
                            cast(:actions as text[]), cast(:entityTypes as text[]),
                            cast(:entityIds as uuid[]), cast(:changes as jsonb[]),
                            cast(:requestIds as text[]))
                """,
                entries,
                (update, rows) ->
                    update
                        .bindArray(
                            "auditIds", UUID.class, rows.stream().map(AuditEntry::auditId).toList())
                        .bindArray(
                            "orgIds", UUID.class, rows.stream().map(AuditEntry::orgId).toList())
                        .bindArray(
                            "actorTypes", String.class, wireNames(rows, AuditEntry::actorType))
                        .bindArray(
                            "actorIds", String.class, ColumnArrays.text(rows, AuditEntry::actorId))
                        .bindArray(
                            "actorNames",
                            String.class,
                            ColumnArrays.text(rows, AuditEntry::actorName))
                        .bindArray(
                            "actorRoles",
                            String.class,
                            ColumnArrays.text(rows, AuditEntry::actorRole))
                        .bindArray("actions", String.class, wireNames(rows, AuditEntry::action))
                        .bindArray(
                            "entityTypes", String.class, wireNames(rows, AuditEntry::entityType))
                        .bindArray(
                            "entityIds",
                            UUID.class,
                            rows.stream().map(AuditEntry::entityId).toList())
                        .bindArray(
                            "changes",
                            String.class,
                            ColumnArrays.text(rows, entry -> JsonColumns.write(changes(entry))))
                        .bindArray(
                            "requestIds",
                            String.class,
                            ColumnArrays.text(rows, AuditEntry::requestId))));
  }

  private static List<String> wireNames(
      List<AuditEntry> rows, java.util.function.Function<AuditEntry, Enum<?>> column) {
    return ColumnArrays.text(rows, entry -> ColumnTypes.wireName(column.apply(entry)));
  }

  private static Metadata changes(AuditEntry entry) {
    return Metadata.of(Map.of("fields", entry.fields()));
  }

  @Override
  public Page<AuditEntry> list(UUID orgId, AuditQuery query, PageRequest page) {
    Map<String, Object> binds = new HashMap<>();
    List<String> conditions = conditions(orgId, query, binds);
    String fromWhere =
        "from audit_log where "
            + (conditions.isEmpty() ? "true" : String.join(" and ", conditions));
    return jdbi.withHandle(
        handle ->
            Paging.page(handle, COLUMNS, fromWhere, NEWEST_FIRST, "audit_id", binds, ENTRY, page));
  }

  /**
   * Walks idx_audit_log_org (org_id, created_at desc, audit_id) from the cursor on: the time bounds
   * the index scan, the id settles entries written in the same microsecond, and nothing is counted.
   */
  @Override
  public List<AuditEntry> listAfter(UUID orgId, AuditQuery query, AuditCursor after, int limit) {
    Map<String, Object> binds = new HashMap<>();
    List<String> conditions = conditions(orgId, query, binds);
    if (after != null) {
      conditions.add("created_at <= :afterAt and (created_at < :afterAt or audit_id > :afterId)");
      binds.put("afterAt", after.createdAt());
      binds.put("afterId", after.auditId());
    }
    String sql =
        "select "
            + COLUMNS
            + " from audit_log where "
            + (conditions.isEmpty() ? "true" : String.join(" and ", conditions))
            + " order by "
            + NEWEST_FIRST
            + " limit :limit";
    return jdbi.withHandle(
        handle -> handle.createQuery(sql).bindMap(binds).bind("limit", limit).map(ENTRY).list());
  }

  private static List<String> conditions(UUID orgId, AuditQuery query, Map<String, Object> binds) {
    List<String> conditions = new ArrayList<>();
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
    return conditions;
  }

  private static void condition(
      List<String> conditions, Map<String, Object> binds, String sql, String name, Object value) {
    if (value != null) {
      conditions.add(sql);
      binds.put(name, value);
    }
  }
}
