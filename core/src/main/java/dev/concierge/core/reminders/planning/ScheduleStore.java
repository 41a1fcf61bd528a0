package dev.concierge.core.reminders.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/**
 * Where the schedule of dates and reminders is recomputed in batches: next occurrences and pending
 * reminder times. Each call reads one batch of live date items with their live lead-time reminders,
 * asks the calculation where each belongs, and writes what changed, all at once. A row changed by
 * someone else between the read and the write (an edit, a dispatcher's claim) is left alone and
 * counted as stale; a reminder a dispatcher holds a live claim on is never changed. Implementations
 * are thread-safe.
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
   * Begins a backfill of one organization's date items (or all, null).
   *
   * @param rebuildIndexes whether the store may take the tables for itself and rebuild their
   *     indexes once instead of writing into them row by row: fastest when most rows change (a
   *     first backfill), but everything else waits for the tables until the pass is finished or
   *     closed
   */
  BackfillPass beginBackfill(UUID orgId, boolean rebuildIndexes);

  /** The given date items of an organization, at once (after an edit). */
  ScheduleBatch recompute(UUID orgId, Collection<UUID> dateItemIds, ScheduleCalculation calc);
}
