package dev.concierge.core.reminders.planning;

import java.util.List;
import java.util.UUID;

/**
 * One backfill over the date items of an organization (or all), begun by {@link
 * ScheduleStore#beginBackfill}. The store walks its rows in the order cheapest for it, cut into
 * slices that workers read at once; every date item present when the pass began is examined once by
 * the slices, and the rows others write meanwhile (edits, new dates) are examined once more at the
 * end by {@link #writtenMeanwhile}.
 */
public interface BackfillPass extends AutoCloseable {

  /**
   * At most {@code parts} slices which together hold every date item present when the pass began.
   *
   * @param batchSize about how many date items each {@link Slice#next} reads
   */
  List<Slice> slices(int parts, int batchSize);

  /**
   * Date items written by others since the pass began, in id order after {@code afterId} (null:
   * from the start): read once the slices are done.
   */
  ScheduleBatch writtenMeanwhile(UUID afterId, int limit, boolean dryRun, ScheduleCalculation calc);

  /** Makes what the pass wrote last; without it, {@link #close} may undo it. */
  void finish();

  @Override
  void close();

  /** A part of the pass, read batch by batch by one worker. */
  interface Slice {
    boolean done();

    /** The next batch, each in one transaction of its own unless the pass holds one throughout. */
    ScheduleBatch next(boolean dryRun, ScheduleCalculation calc);
  }
}
