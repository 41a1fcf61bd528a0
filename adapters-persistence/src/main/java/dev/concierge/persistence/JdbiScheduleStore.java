package dev.concierge.persistence;

import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.reminders.planning.DateItemSchedule;
import dev.concierge.core.reminders.planning.LeadTimeReminder;
import dev.concierge.core.reminders.planning.ReminderChange;
import dev.concierge.core.reminders.planning.ScheduleBatch;
import dev.concierge.core.reminders.planning.ScheduleCalculation;
import dev.concierge.core.reminders.planning.ScheduleChange;
import dev.concierge.core.reminders.planning.ScheduleStore;
import dev.concierge.core.time.LeapDayPolicy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * Date items and their lead-time reminders for the scheduler, in batches, each in one transaction.
 * Every write names the row version it was computed from ({@code xmin}), so a row edited or claimed
 * meanwhile is left alone and counted as stale. Thread-safe.
 */
public final class JdbiScheduleStore implements ScheduleStore {
  private static final String ITEM_FIELDS =
      """
      select d.date_item_id, d.date_value, d.recurrence_rule, d.leap_day_policy as leap_days,
             d.next_occurrence, d.xmin::text::bigint as version, p.timezone as zone,
             o.reminder_send_time as send_time
      """;

  private static final String ITEMS =
      """
      from date_items d
      join persons p on p.person_id = d.person_id
      join organizations o on o.org_id = d.org_id
      """;

  private static final String ITEM_COLUMNS = ITEM_FIELDS + ITEMS;

  private static final String REMINDER_COLUMNS =
      """
      r.reminder_rule_id, r.lead_time_days, r.scheduled_datetime as scheduled_at,
      r.occurrence_date as occurrence, r.sent_at is not null as sent,
      r.failed_at is not null as failed,
      coalesce(r.claim_expires_at > now(), false) as claimed,
      r.xmin::text::bigint as reminder_version
      """;

  /** Live lead-time reminders only; the date item is {@code d}. */
  private static final String REMINDERS_OF_D =
      " r.date_item_id = d.date_item_id and r.reminder_type = 'lead_time' and r.deleted_at is null";

  private static final RowMapper<ItemRow> ITEM = ConstructorMapper.of(ItemRow.class);
  private static final RowMapper<ReminderRow> REMINDER = ConstructorMapper.of(ReminderRow.class);

  /** The backfill's read, on the connection that declared it. */
  private static final String BACKFILL_CURSOR = "backfill_read";

  private final Jdbi jdbi;

  public JdbiScheduleStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public ScheduleBatch rollOver(
      LocalDate horizon, LocalDate afterNext, UUID afterId, int limit, ScheduleCalculation calc) {
    String cursor =
        afterNext == null
            ? ""
            : " and (d.next_occurrence, d.date_item_id) > (:afterNext, :afterId)";
    return jdbi.inTransaction(
        handle -> {
          Query query =
              handle
                  .createQuery(
                      ITEM_COLUMNS
                          + " where d.deleted_at is null and d.next_occurrence < :horizon"
                          + cursor
                          + " order by d.next_occurrence, d.date_item_id limit :limit"
                          + " for update of d skip locked")
                  .bind("horizon", horizon)
                  .bind("limit", limit);
          if (afterNext != null) {
            query.bind("afterNext", afterNext).bind("afterId", afterId);
          }
          return process(handle, load(handle, query, true), calc, false);
        });
  }

  /**
   * One statement over whole tables (sequential scans and hash joins, sorted once), instead of
   * keyset pages that cost random heap and index access for every row. It runs to its end in a
   * short transaction into a holdable cursor, which keeps the rows and lets the snapshot go: an
   * open snapshot would keep every row version the writers replace, so neither page pruning nor the
   * indexes' bottom-up deletion could reclaim them while the stream lasts.
   */
  @Override
  public void readForBackfill(
      UUID orgId, int batchSize, Consumer<List<DateItemSchedule>> eachBatch) {
    jdbi.useHandle(
        handle -> {
          handle.useTransaction(
              tx -> {
                Update declare =
                    tx.createUpdate(
                        "declare "
                            + BACKFILL_CURSOR
                            + " no scroll cursor with hold for "
                            + ITEM_FIELDS
                            + ", "
                            + REMINDER_COLUMNS
                            + ITEMS
                            + " left join reminder_rules r on"
                            + REMINDERS_OF_D
                            + " where d.deleted_at is null"
                            + (orgId == null ? "" : " and d.org_id = :orgId")
                            + " order by d.date_item_id, r.reminder_rule_id");
                if (orgId != null) {
                  declare.bind("orgId", orgId);
                }
                declare.execute();
              });
          try {
            Batches batches = new Batches(batchSize, eachBatch);
            // Each fetch runs in a transaction of its own, without the declaring snapshot.
            String fetch = "fetch forward " + batchSize + " from " + BACKFILL_CURSOR;
            int fetched;
            do {
              fetched = handle.createQuery(fetch).scanResultSet(batches::add);
            } while (fetched == batchSize);
            batches.finish();
          } finally {
            handle.execute("close " + BACKFILL_CURSOR);
          }
        });
  }

  @Override
  public ScheduleBatch backfill(
      List<DateItemSchedule> read, boolean dryRun, ScheduleCalculation calc) {
    return jdbi.inTransaction(handle -> process(handle, read, calc, dryRun));
  }

  @Override
  public ScheduleBatch recompute(
      UUID orgId, Collection<UUID> dateItemIds, ScheduleCalculation calc) {
    return jdbi.inTransaction(
        handle -> {
          Query query =
              handle
                  .createQuery(
                      ITEM_COLUMNS
                          + " where d.deleted_at is null and d.org_id = :orgId"
                          + " and d.date_item_id = any(:ids) order by d.date_item_id for update of d")
                  .bind("orgId", orgId)
                  .bindArray("ids", UUID.class, List.copyOf(dateItemIds));
          return process(handle, load(handle, query, true), calc, false);
        });
  }

  private static List<DateItemSchedule> load(Handle handle, Query items, boolean lockReminders) {
    List<ItemRow> rows = items.map(ITEM).list();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<LeadTimeReminder>> reminders = new HashMap<>();
    handle
        .createQuery(
            "select r.date_item_id, "
                + REMINDER_COLUMNS
                + """
            from reminder_rules r
            where r.date_item_id = any(:ids) and r.reminder_type = 'lead_time'
              and r.deleted_at is null
            order by r.reminder_rule_id
            """
                // Wait for (short) dispatcher claim transactions rather than skip: a rule must
                // never be re-armed while its cycle is being delivered.
                + (lockReminders ? " for update of r" : ""))
        .bindArray("ids", UUID.class, rows.stream().map(ItemRow::dateItemId).toList())
        .map(REMINDER)
        .forEach(
            row ->
                reminders
                    .computeIfAbsent(row.dateItemId(), id -> new ArrayList<>())
                    .add(row.reminder()));
    return rows.stream()
        .map(row -> row.toSchedule(reminders.getOrDefault(row.dateItemId(), List.of())))
        .toList();
  }

  /**
   * Items with their reminders from the rows of one statement (a left join, in item order), as they
   * arrive, handed over in batches of {@code batchSize} items; an item's rows may span fetches.
   */
  private static final class Batches {
    private final int batchSize;
    private final Consumer<List<DateItemSchedule>> eachBatch;
    private List<DateItemSchedule> items;
    private ItemRow current;
    private List<LeadTimeReminder> reminders = new ArrayList<>();

    Batches(int batchSize, Consumer<List<DateItemSchedule>> eachBatch) {
      this.batchSize = batchSize;
      this.eachBatch = eachBatch;
      this.items = new ArrayList<>(batchSize);
    }

    /** Returns how many rows the result set held. */
    int add(Supplier<ResultSet> results, StatementContext ctx) throws SQLException {
      ResultSet rs = results.get();
      RowMapper<ItemRow> item = ITEM.specialize(rs, ctx);
      RowMapper<ReminderRow> reminder = REMINDER.specialize(rs, ctx);
      int rows = 0;
      while (rs.next()) {
        rows++;
        ItemRow row = item.map(rs, ctx);
        if (current != null && !current.dateItemId().equals(row.dateItemId())) {
          completeCurrent();
        }
        current = row;
        if (rs.getObject("reminder_rule_id") != null) {
          reminders.add(reminder.map(rs, ctx).reminder());
        }
      }
      return rows;
    }

    void finish() {
      if (current != null) {
        items.add(current.toSchedule(reminders));
      }
      if (!items.isEmpty()) {
        eachBatch.accept(items);
      }
    }

    private void completeCurrent() {
      items.add(current.toSchedule(reminders));
      reminders = new ArrayList<>();
      if (items.size() == batchSize) {
        eachBatch.accept(items);
        items = new ArrayList<>(batchSize);
      }
    }
  }

  private static ScheduleBatch process(
      Handle handle, List<DateItemSchedule> items, ScheduleCalculation calc, boolean dryRun) {
    List<ScheduleChange> changes = new ArrayList<>();
    List<UUID> invalid = new ArrayList<>();
    for (DateItemSchedule item : items) {
      try {
        ScheduleChange change = calc.plan(item);
        if (!change.isEmpty()) {
          changes.add(change);
        }
      } catch (ValidationException e) {
        invalid.add(item.dateItemId());
      }
    }
    List<ScheduleChange> itemChanges =
        changes.stream().filter(ScheduleChange::nextOccurrenceChanged).toList();
    List<ReminderChange> reminderChanges =
        changes.stream().flatMap(c -> c.reminders().stream()).toList();
    int itemsWritten = itemChanges.size();
    List<Boolean> remindersWritten = reminderChanges.stream().map(ReminderChange::rearm).toList();
    if (!dryRun) {
      itemsWritten = writeItems(handle, itemChanges);
      remindersWritten = writeReminders(handle, reminderChanges);
    }
    int rearmed = (int) remindersWritten.stream().filter(Boolean::booleanValue).count();
    DateItemSchedule last = items.isEmpty() ? null : items.get(items.size() - 1);
    return new ScheduleBatch(
        items.size(),
        itemsWritten,
        remindersWritten.size(),
        rearmed,
        (itemChanges.size() - itemsWritten) + (reminderChanges.size() - remindersWritten.size()),
        invalid,
        last == null ? null : last.dateItemId(),
        last == null ? null : last.nextOccurrence());
  }

  private static int writeItems(Handle handle, List<ScheduleChange> changes) {
    if (changes.isEmpty()) {
      return 0;
    }
    return handle
        .createUpdate(
            """
            update date_items d set next_occurrence = cast(u.next as date)
            from unnest(:ids, :nexts, :versions) as u(id, next, version)
            where d.date_item_id = u.id and d.xmin::text::bigint = u.version
            """)
        .bindArray("ids", UUID.class, changes.stream().map(ScheduleChange::dateItemId).toList())
        .bindArray(
            "nexts",
            String.class,
            changes.stream()
                .map(c -> c.nextOccurrence() == null ? null : c.nextOccurrence().toString())
                .toList())
        .bindArray("versions", Long.class, changes.stream().map(ScheduleChange::version).toList())
        .execute();
  }

  /** Returns, for each rule actually written, whether it was re-armed. */
  private static List<Boolean> writeReminders(Handle handle, List<ReminderChange> changes) {
    if (changes.isEmpty()) {
      return List.of();
    }
    return handle
        .createQuery(
            """
            update reminder_rules r set
              scheduled_datetime = cast(u.at as timestamptz),
              occurrence_date = cast(u.occurrence as date),
              sent_at = case when u.rearm then null else r.sent_at end,
              failed_at = case when u.rearm then null else r.failed_at end,
              attempt_count = case when u.rearm then 0 else r.attempt_count end,
              next_attempt_at = null,
              metadata_jsonb = case
                when u.missed is null then r.metadata_jsonb
                else r.metadata_jsonb || jsonb_build_object('missed_occurrences',
                  coalesce(r.metadata_jsonb -> 'missed_occurrences', '[]'::jsonb) || to_jsonb(u.missed))
                end || jsonb_build_object('delivery_status',
                  case when r.paused_at is null then 'pending' else 'paused' end)
            from unnest(:ids, :ats, :occurrences, :rearms, :missed, :versions)
              as u(id, at, occurrence, rearm, missed, version)
            where r.reminder_rule_id = u.id and r.xmin::text::bigint = u.version
              and (r.claim_expires_at is null or r.claim_expires_at <= now())
            returning u.rearm
            """)
        .bindArray("ids", UUID.class, changes.stream().map(ReminderChange::reminderRuleId).toList())
        .bindArray(
            "ats", String.class, changes.stream().map(c -> c.scheduledAt().toString()).toList())
        .bindArray(
            "occurrences",
            String.class,
            changes.stream().map(c -> c.occurrence().toString()).toList())
        .bindArray("rearms", Boolean.class, changes.stream().map(ReminderChange::rearm).toList())
        .bindArray(
            "missed",
            String.class,
            changes.stream()
                .map(c -> c.missedOccurrence() == null ? null : c.missedOccurrence().toString())
                .toList())
        .bindArray("versions", Long.class, changes.stream().map(ReminderChange::version).toList())
        .mapTo(Boolean.class)
        .list();
  }

  /** A date item as the scheduler reads it, before its reminders are added. */
  record ItemRow(
      UUID dateItemId,
      LocalDate dateValue,
      String recurrenceRule,
      LeapDayPolicy leapDays,
      ZoneId zone,
      LocalTime sendTime,
      LocalDate nextOccurrence,
      long version) {

    DateItemSchedule toSchedule(List<LeadTimeReminder> reminders) {
      return new DateItemSchedule(
          dateItemId,
          dateValue,
          recurrenceRule,
          leapDays,
          zone,
          sendTime,
          nextOccurrence,
          reminders,
          version);
    }
  }

  /** A lead-time reminder as the scheduler reads it, with the date item it belongs to. */
  record ReminderRow(
      UUID dateItemId,
      UUID reminderRuleId,
      int leadTimeDays,
      Instant scheduledAt,
      LocalDate occurrence,
      boolean sent,
      boolean failed,
      boolean claimed,
      long reminderVersion) {

    LeadTimeReminder reminder() {
      return new LeadTimeReminder(
          reminderRuleId,
          leadTimeDays,
          scheduledAt,
          occurrence,
          sent,
          failed,
          claimed,
          reminderVersion);
    }
  }
}
