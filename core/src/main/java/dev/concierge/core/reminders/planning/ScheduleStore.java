package dev.concierge.core.reminders.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/**
 * Where the schedule of dates and reminders is recomputed in bulk: next occurrences and pending
 * reminder times. Implementations are thread-safe.
 */
public interface ScheduleStore {
  /**
   * Date items whose stored next occurrence is before {@code horizon}, in (next occurrence, id)
   * order after the given cursor (nulls: from the start). Rows another process is working on are
   * skipped, so any number of instances can roll over at once.
   */
  ScheduleBatch rollOverBatch(
      LocalDate horizon, LocalDate afterNext, UUID afterId, int limit, ScheduleCalculation calc);

  /**
   * Live date items of {@code range} in id order after {@code afterId} (null: from the range's
   * start), of one organization or all (null). With {@code dryRun} nothing is written, but the
   * counts are those a real run would produce.
   */
  ScheduleBatch backfillBatch(
      UUID orgId, IdRange range, UUID afterId, int limit, boolean dryRun, ScheduleCalculation calc);

  /** The given date items of an organization, at once (after an edit). */
  ScheduleBatch recompute(UUID orgId, Collection<UUID> dateItemIds, ScheduleCalculation calc);
}
