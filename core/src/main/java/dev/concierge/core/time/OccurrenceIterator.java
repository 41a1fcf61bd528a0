package dev.concierge.core.time;

import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/**
 * Applies DTSTART, UNTIL and COUNT to a rule's candidates, as python-dateutil does: candidates
 * before the start are dropped and not counted, the first candidate past UNTIL ends the sequence,
 * and COUNT counts from the start even when the caller only wants instances from a later time.
 * Yields local epoch seconds, ascending.
 */
final class OccurrenceIterator implements PrimitiveIterator.OfLong {

  private final Candidates candidates;
  private final long start;
  private final long emitFrom;
  private final UntilLimit until;
  private final int count;
  private int counted;
  private long next;
  private boolean ready;
  private boolean done;

  /**
   * @param emitFrom the first local second the caller wants; periods before it are skipped unless
   *     COUNT forces counting from the start
   */
  OccurrenceIterator(RecurrenceRule rule, AnchoredRule anchored, long emitFrom, UntilLimit until) {
    this.start = anchored.start;
    this.emitFrom = emitFrom;
    this.until = until;
    this.count = rule.count().orElse(0);
    long skipTo = count > 0 ? anchored.start : emitFrom;
    this.candidates = Candidates.of(anchored, skipTo, until.horizon);
  }

  @Override
  public boolean hasNext() {
    if (!ready && !done) {
      advance();
    }
    return !done;
  }

  @Override
  public long nextLong() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ready = false;
    return next;
  }

  private void advance() {
    while (true) {
      long candidate = candidates.next();
      if (candidate == Candidates.END || candidate > Candidates.LAST_SECOND) {
        done = true;
        return;
      }
      if (candidate < start) {
        continue;
      }
      if (until.exceededBy(candidate)) {
        done = true;
        return;
      }
      if (count > 0) {
        if (counted == count) {
          done = true;
          return;
        }
        counted++;
      }
      if (candidate >= emitFrom) {
        next = candidate;
        ready = true;
        return;
      }
    }
  }
}
