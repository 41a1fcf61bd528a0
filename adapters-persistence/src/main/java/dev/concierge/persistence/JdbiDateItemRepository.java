package dev.concierge.persistence;

import dev.concierge.core.dates.DateItem;
import dev.concierge.core.dates.DateItemStore;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.time.LeapDayPolicy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Date items in PostgreSQL (soft delete). next_occurrence is written only by the scheduler ({@link
 * JdbiDateSchedules}). Thread-safe.
 */
public final class JdbiDateItemRepository implements DateItemStore {
  static final String COLUMNS =
      """
      date_item_id, org_id, person_id, category_id, related_person_id, title, date_value,
      recurrence_rule, leap_day_policy, next_occurrence, notes, metadata_jsonb, created_at,
      updated_at
      """;

  private final Jdbi jdbi;

  public JdbiDateItemRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<DateItem> loadDateItem(UUID orgId, UUID dateItemId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + COLUMNS
                        + " from date_items where org_id = :orgId and date_item_id = :id"
                        + " and deleted_at is null")
                .bind("orgId", orgId)
                .bind("id", dateItemId)
                .map((rs, ctx) -> map(rs))
                .findOne());
  }

  @Override
  public Page<DateItem> listDateItems(
      UUID orgId, UUID personId, UUID categoryId, LocalDate onOrAfter, PageRequest page) {
    Map<String, Object> binds = new HashMap<>();
    binds.put("orgId", orgId);
    binds.put("personId", personId);
    StringBuilder where =
        new StringBuilder(
            "from date_items where org_id = :orgId and person_id = :personId"
                + " and deleted_at is null");
    if (categoryId != null) {
      where.append(" and category_id = :categoryId");
      binds.put("categoryId", categoryId);
    }
    if (onOrAfter != null) {
      where.append(" and next_occurrence >= :onOrAfter");
      binds.put("onOrAfter", onOrAfter);
    }
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                COLUMNS,
                where.toString(),
                "next_occurrence nulls last, title, date_item_id",
                binds,
                (rs, ctx) -> map(rs),
                page));
  }

  @Override
  public DateItem saveDateItem(DateItem item) {
    return SqlErrors.translate(
        "That date item already exists.",
        () ->
            jdbi.withHandle(
                handle ->
                    handle
                        .createQuery(
                            """
                            insert into date_items (date_item_id, org_id, person_id, category_id,
                                                    related_person_id, title, date_value,
                                                    recurrence_rule, leap_day_policy, notes,
                                                    metadata_jsonb)
                            values (:id, :orgId, :personId, cast(:categoryId as uuid),
                                    cast(:relatedPersonId as uuid), :title, :dateValue,
                                    :rule, :leapDays, :notes, cast(:metadata as jsonb))
                            on conflict (date_item_id) do update set
                              category_id = excluded.category_id,
                              related_person_id = excluded.related_person_id,
                              title = excluded.title,
                              date_value = excluded.date_value,
                              recurrence_rule = excluded.recurrence_rule,
                              leap_day_policy = excluded.leap_day_policy,
                              notes = excluded.notes,
                              metadata_jsonb = excluded.metadata_jsonb
                            where date_items.org_id = excluded.org_id
                              and date_items.deleted_at is null
                            returning
                            """
                                + COLUMNS)
                        .bind("id", item.dateItemId())
                        .bind("orgId", item.orgId())
                        .bind("personId", item.personId())
                        .bind("categoryId", item.categoryId())
                        .bind("relatedPersonId", item.relatedPersonId())
                        .bind("title", item.title())
                        .bind("dateValue", item.dateValue())
                        .bind("rule", item.recurrenceRule())
                        .bind("leapDays", wireName(item.leapDayPolicy()))
                        .bind("notes", item.notes())
                        .bind("metadata", JsonColumns.write(item.metadata()))
                        .map((rs, ctx) -> map(rs))
                        .findOne()
                        .orElseThrow(() -> new NotFoundException("date item", item.dateItemId()))));
  }

  @Override
  public boolean deleteDateItem(UUID orgId, UUID dateItemId) {
    return jdbi.inTransaction(
        handle -> {
          int items =
              handle
                  .createUpdate(
                      "update date_items set deleted_at = now() where org_id = :orgId"
                          + " and date_item_id = :id and deleted_at is null")
                  .bind("orgId", orgId)
                  .bind("id", dateItemId)
                  .execute();
          if (items == 1) {
            handle
                .createUpdate(
                    "update reminder_rules set deleted_at = now() where org_id = :orgId"
                        + " and date_item_id = :id and deleted_at is null")
                .bind("orgId", orgId)
                .bind("id", dateItemId)
                .execute();
          }
          return items == 1;
        });
  }

  @Override
  public List<UUID> listPersonDateItemIds(UUID orgId, UUID personId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select date_item_id from date_items where org_id = :orgId"
                        + " and person_id = :personId and deleted_at is null"
                        + " order by date_item_id")
                .bind("orgId", orgId)
                .bind("personId", personId)
                .mapTo(UUID.class)
                .list());
  }

  static String wireName(LeapDayPolicy policy) {
    return policy.name().toLowerCase(Locale.ROOT);
  }

  static DateItem map(ResultSet rs) throws SQLException {
    return new DateItem(
        Columns.uuid(rs, "date_item_id"),
        Columns.uuid(rs, "org_id"),
        Columns.uuid(rs, "person_id"),
        Columns.uuid(rs, "category_id"),
        Columns.uuid(rs, "related_person_id"),
        rs.getString("title"),
        Columns.date(rs, "date_value"),
        rs.getString("recurrence_rule"),
        LeapDayPolicy.valueOf(rs.getString("leap_day_policy").toUpperCase(Locale.ROOT)),
        Columns.date(rs, "next_occurrence"),
        rs.getString("notes"),
        JsonColumns.read(rs.getString("metadata_jsonb")),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "updated_at"));
  }
}
