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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * The read model of calendar feeds: live date items of live persons with their lead times, in one
 * statement. Thread-safe.
 */
public final class JdbiCalendarEntries implements CalendarEntries {
  private final Jdbi jdbi;

  public JdbiCalendarEntries(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<CalendarEntry> of(UUID orgId, UUID personId, int limit) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    select d.date_item_id, d.person_id, p.full_name, p.timezone, d.title,
                           d.date_value, d.recurrence_rule, d.notes, d.metadata_jsonb, d.updated_at,
                           array(select r.lead_time_days from reminder_rules r
                                 where r.org_id = d.org_id and r.date_item_id = d.date_item_id
                                   and r.reminder_type = 'lead_time' and r.deleted_at is null
                                 order by r.lead_time_days) as lead_times
                    from date_items d
                    join persons p on p.org_id = d.org_id and p.person_id = d.person_id
                    where d.org_id = :orgId and d.deleted_at is null and p.deleted_at is null
                      and (cast(:personId as uuid) is null or d.person_id = :personId)
                    order by d.next_occurrence nulls last, d.date_item_id
                    limit :limit
                    """)
                .bind("orgId", orgId)
                .bind("personId", personId)
                .bind("limit", limit)
                .map((rs, ctx) -> entry(rs))
                .list());
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
