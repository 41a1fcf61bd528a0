package dev.concierge.core.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A rule anchored at a floating (zone-less) start: its occurrences, with python-dateutil's rrule
 * semantics. The start is the first occurrence only when it matches the rule; COUNT counts from it;
 * UNTIL is inclusive. Expansion is lazy and ends after year 9999, or at once for a rule that can
 * never match (say {@code FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30}).
 *
 * <p>Sub-second precision of the start is dropped, as dateutil drops microseconds.
 *
 * @throws dev.concierge.core.errors.ValidationException from the expanding methods when the start
 *     makes the rule's BYHOUR/BYMINUTE/BYSECOND unreachable (e.g. {@code
 *     FREQ=HOURLY;INTERVAL=2;BYHOUR=1} from 00:00), which dateutil also rejects
 */
public record Recurrence(RecurrenceRule rule, LocalDateTime start)
    implements Iterable<LocalDateTime> {

  public Recurrence {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(start, "start");
    start = start.getNano() == 0 ? start : start.truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * A rule anchored at a DATE start: it expands from the date's midnight, as python-dateutil reads
   * a date DTSTART. (For a date item's own semantics, its date always counting, see {@link
   * RecurringDate}.)
   */
  public static Recurrence startingOn(RecurrenceRule rule, LocalDate date) {
    return new Recurrence(rule, date.atStartOfDay());
  }

  /** Every occurrence, ascending. */
  public Stream<LocalDateTime> occurrences() {
    return stream(localSeconds(start));
  }

  /** The occurrences at or after {@code from}, ascending; periods before it are skipped. */
  public Stream<LocalDateTime> occurrencesOnOrAfter(LocalDateTime from) {
    return stream(localSeconds(from));
  }

  /** The first occurrence at or after {@code from}. */
  public Optional<LocalDateTime> firstOnOrAfter(LocalDateTime from) {
    PrimitiveIterator.OfLong seconds = localSeconds(from);
    return seconds.hasNext() ? Optional.of(toLocal(seconds.nextLong())) : Optional.empty();
  }

  @Override
  public Iterator<LocalDateTime> iterator() {
    return occurrences().iterator();
  }

  PrimitiveIterator.OfLong localSeconds(LocalDateTime from) {
    UntilLimit until = rule.until().map(UntilLimit::floating).orElse(UntilLimit.NONE);
    return iterate(rule, start, from, until);
  }

  static PrimitiveIterator.OfLong iterate(
      RecurrenceRule rule, LocalDateTime start, LocalDateTime from, UntilLimit until) {
    AnchoredRule anchored = new AnchoredRule(rule, start);
    long emitFrom = Math.max(anchored.start, from.toEpochSecond(ZoneOffset.UTC));
    return new OccurrenceIterator(rule, anchored, emitFrom, until);
  }

  static LocalDateTime toLocal(long localSecond) {
    return LocalDateTime.ofEpochSecond(localSecond, 0, ZoneOffset.UTC);
  }

  static Stream<LocalDateTime> stream(PrimitiveIterator.OfLong seconds) {
    Iterator<LocalDateTime> dateTimes =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return seconds.hasNext();
          }

          @Override
          public LocalDateTime next() {
            return toLocal(seconds.nextLong());
          }
        };
    int characteristics =
        Spliterator.ORDERED
            | Spliterator.DISTINCT
            | Spliterator.SORTED
            | Spliterator.NONNULL
            | Spliterator.IMMUTABLE;
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(dateTimes, characteristics), false);
  }
}
