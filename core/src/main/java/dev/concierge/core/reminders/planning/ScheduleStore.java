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
   * Live date items of {@code range} in id order after {@code afterId} (null: from the range's
   * start), of one organization or all (null). With {@code dryRun} nothing is written, but the
   * counts are those a real run would produce.
   */
  ScheduleBatch backfill(
      UUID orgId, IdRange range, UUID afterId, int limit, boolean dryRun, ScheduleCalculation calc);

  /** The given date items of an organization, at once (after an edit). */
  ScheduleBatch recompute(UUID orgId, Collection<UUID> dateItemIds, ScheduleCalculation calc);
}
