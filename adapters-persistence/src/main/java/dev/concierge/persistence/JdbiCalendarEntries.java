package dev.concierge.persistence;

import dev.concierge.core.calendar.CalendarEntries;
import dev.concierge.core.calendar.CalendarEntry;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The read model of calendar feeds: live date items of live persons with their lead times.
 * Thread-safe.
 */
public final class JdbiCalendarEntries implements CalendarEntries {
  /** A live date {@code d} of a live person {@code p}; the caller adds the rest of the where. */
  private static final String ENTRIES =
      """
      select d.date_item_id, d.person_id, p.full_name, p.timezone, d.title,
             d.date_value, d.recurrence_rule, d.notes, d.metadata_jsonb, d.updated_at,
             array(select r.lead_time_days from reminder_rules r
                   where r.org_id = d.org_id and r.date_item_id = d.date_item_id
                     and r.reminder_type = 'lead_time' and r.deleted_at is null
                   order by r.lead_time_days) as lead_times
      """;

  private static final String LIVE =
      """
      join persons p on p.org_id = d.org_id and p.person_id = d.person_id
      where d.deleted_at is null and p.deleted_at is null
        and (cast(:personId as uuid) is null or d.person_id = :personId)
      """;

  private final Jdbi jdbi;

  public JdbiCalendarEntries(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Dates by their next occurrence, then those without one. Two reads rather than one outer join:
   * the first follows the organization's index of next occurrences (V31) only as far as the limit,
   * and the second, which must look at every date, runs only when the first did not fill it.
   */
  @Override
  public List<CalendarEntry> of(UUID orgId, UUID personId, int limit) {
    return jdbi.withHandle(
        handle -> {
          List<CalendarEntry> entries =
              new ArrayList<>(
                  entries(
                      handle,
                      ENTRIES
                          + " from date_occurrences n join date_items d"
                          + " on d.date_item_id = n.date_item_id "
                          + LIVE
                          + " and n.org_id = :orgId"
                          + " order by n.next_occurrence, n.date_item_id limit :limit",
                      orgId,
                      personId,
                      limit));
          if (entries.size() < limit) {
            entries.addAll(
                entries(
                    handle,
                    ENTRIES
                        + " from date_items d "
                        + LIVE
                        + " and d.org_id = :orgId and not exists (select 1 from date_occurrences n"
                        + " where n.date_item_id = d.date_item_id)"
                        + " order by d.date_item_id limit :limit",
                    orgId,
                    personId,
                    limit - entries.size()));
          }
          return entries;
        });
  }

  private static List<CalendarEntry> entries(
      Handle handle, String sql, UUID orgId, UUID personId, int limit) {
    return handle
        .createQuery(sql)
        .bind("orgId", orgId)
        .bind("personId", personId)
        .bind("limit", limit)
        .map((rs, ctx) -> entry(rs))
        .list();
  }

  private static CalendarEntry entry(ResultSet rs) throws SQLException {
    return new CalendarEntry(
        rs.getObject("date_item_id", UUID.class),
        rs.getObject("person_id", UUID.class),
        rs.getString("full_name"),
        ZoneId.of(rs.getString("timezone")),
        rs.getString("title"),
        rs.getObject("date_value", LocalDate.class),
        rs.getString("recurrence_rule"),
        rs.getString("notes"),
        JsonColumns.read(rs.getString("metadata_jsonb")),
        leadTimes(rs.getArray("lead_times")),
        instant(rs.getObject("updated_at", OffsetDateTime.class)));
  }

  private static List<Integer> leadTimes(Array array) throws SQLException {
    Integer[] values = (Integer[]) array.getArray();
    return Arrays.stream(values).distinct().toList();
  }

  private static Instant instant(OffsetDateTime value) {
    return value.toInstant();
  }
}
