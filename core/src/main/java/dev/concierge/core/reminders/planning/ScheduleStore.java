package dev.concierge.core.reminders.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Where the schedule of dates and reminders is recomputed in batches: next occurrences and pending
 * reminder times. Each batch of live date items with their live lead-time reminders is read, the
 * calculation asked where each belongs, and what changed written at once. A row changed by someone
 * else between the read and the write (an edit, a dispatcher's claim) is left alone and counted as
 * stale; a reminder a dispatcher holds a live claim on is never changed. Implementations are
 * thread-safe.
 */
public interface ScheduleStore {
  /**
   * Date items whose stored next occurrence is before {@code horizon}, in (next occurrence, id)
   * order after the given cursor (nulls: from the start). Rows another process is working on are
   * skipped, so any number of instances can roll over at once.
   */
  ScheduleBatch rollOver(
      LocalDate horizon, LocalDate afterNext, UUID afterId, int limit, ScheduleCalculation calc);

  /**
   * Reads the live date items of one organization or all (null), each with its live lead-time
   * reminders, once, as of one snapshot taken when the read begins, in id order, handing them to
   * {@code eachBatch} in batches of up to {@code batchSize} items. {@code eachBatch} runs on the
   * calling thread and the read waits while it runs, so it may block to hold the read back. Rows
   * added after the read began are not in it; rows changed after it are read as they were (their
   * writes then find them stale).
   */
  void readForBackfill(UUID orgId, int batchSize, Consumer<List<DateItemSchedule>> eachBatch);

  /**
   * Plans the given items as {@link #readForBackfill read} and writes what changed, in one short
   * transaction of its own. With {@code dryRun} nothing is written, but the counts are those a real
   * run would produce.
   */
  ScheduleBatch backfill(List<DateItemSchedule> read, boolean dryRun, ScheduleCalculation calc);

  /** The given date items of an organization, at once (after an edit). */
  ScheduleBatch recompute(UUID orgId, Collection<UUID> dateItemIds, ScheduleCalculation calc);
}
