package dev.concierge.persistence;

import dev.concierge.core.dates.DateItem;
import dev.concierge.core.dates.DateItemStore;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Date items in PostgreSQL (soft delete). next_occurrence is written only by the scheduler ({@link
 * JdbiScheduleStore}). Thread-safe.
 */
public final class JdbiDateItemStore implements DateItemStore {
  /** The columns of a {@link DateItem}, named as its components for {@link #DATE_ITEM}. */
  static final String COLUMNS =
      """
      date_item_id, org_id, person_id, category_id, related_person_id, title, date_value,
      recurrence_rule, leap_day_policy, next_occurrence, notes, metadata_jsonb as metadata,
      created_at, updated_at
      """;

  static final RowMapper<DateItem> DATE_ITEM = ConstructorMapper.of(DateItem.class);

  private final Jdbi jdbi;

  public JdbiDateItemStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<DateItem> find(UUID orgId, UUID dateItemId) {
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
                .map(DATE_ITEM)
                .findOne());
  }

  @Override
  public Page<DateItem> list(
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
                DATE_ITEM,
                page));
  }

  @Override
  public DateItem save(DateItem item) {
    return SqlErrors.translate("That date item already exists.", () -> insertOrUpdate(item));
  }

  private DateItem insertOrUpdate(DateItem item) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    insert into date_items (date_item_id, org_id, person_id, category_id,
                                            related_person_id, title, date_value, recurrence_rule,
                                            leap_day_policy, notes, metadata_jsonb)
                    values (:dateItemId, :orgId, :personId, :categoryId, :relatedPersonId, :title,
                            :dateValue, :recurrenceRule, :leapDayPolicy, :notes, :metadata)
                    on conflict (date_item_id) do update set
                      category_id = excluded.category_id,
                      related_person_id = excluded.related_person_id,
                      title = excluded.title,
                      date_value = excluded.date_value,
                      recurrence_rule = excluded.recurrence_rule,
                      leap_day_policy = excluded.leap_day_policy,
                      notes = excluded.notes,
                      metadata_jsonb = excluded.metadata_jsonb
                    where date_items.org_id = excluded.org_id and date_items.deleted_at is null
                    returning
                    """
                        + COLUMNS)
                .bindMethods(item)
                .map(DATE_ITEM)
                .findOne()
                .orElseThrow(() -> new NotFoundException("date item", item.dateItemId())));
  }

  @Override
  public boolean delete(UUID orgId, UUID dateItemId) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "update date_items set deleted_at = now() where org_id = :orgId"
                            + " and date_item_id = :id and deleted_at is null")
                    .bind("orgId", orgId)
                    .bind("id", dateItemId)
                    .execute())
        == 1;
  }

  @Override
  public List<UUID> idsOfPerson(UUID orgId, UUID personId) {
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
}
