package dev.concierge.core.ports;

import dev.concierge.core.reminders.planning.IdRange;
import dev.concierge.core.reminders.planning.ScheduleBatch;
import dev.concierge.core.reminders.planning.ScheduleCalculation;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/**
 * Reads date items with their lead-time reminders, lets a {@link ScheduleCalculation} decide, and
 * stores what changed — each batch in one transaction. Writes are conditional on the rows being
 * unchanged since they were read, so concurrent edits and dispatchers always win.
 */
public interface DateSchedulesPort {

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
