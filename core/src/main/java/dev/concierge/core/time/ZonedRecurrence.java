package dev.concierge.core.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.stream.Stream;

/**
 * A rule anchored at a start in an IANA zone. The rule is expanded in wall-clock time, then each
 * occurrence is placed in the zone as {@link ZonedDateTime#of} does: a time in a DST gap moves
 * forward by the gap's length, a time in an overlap takes the earlier offset (python-dateutil's
 * tz-aware rrule gives the same instants). A UTC UNTIL is compared with each occurrence's instant;
 * a DATE or floating UNTIL with its wall-clock time.
 *
 * <p>Because of the gap rule, two wall-clock occurrences can land on the same instant (02:30 and
 * 03:30 on a spring-forward night in New York are both 03:30 EDT); both are kept, as in dateutil.
 */
public record ZonedRecurrence(RecurrenceRule rule, ZonedDateTime start) {

  public ZonedRecurrence {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(start, "start");
  }

  public ZoneId zone() {
    return start.getZone();
  }

  /** Every occurrence, in wall-clock order. */
  public Stream<ZonedDateTime> occurrences() {
    return Recurrence.stream(localSeconds(start.toLocalDateTime())).map(this::place);
  }

  /** The occurrences whose instant is at or after {@code from}; earlier periods are skipped. */
  public Stream<ZonedDateTime> occurrencesOnOrAfter(Instant from) {
    return Recurrence.stream(localSecondsNear(from))
        .map(this::place)
        .filter(occurrence -> !occurrence.toInstant().isBefore(from));
  }

  /** The first occurrence (in wall-clock order) whose instant is at or after {@code from}. */
  public Optional<ZonedDateTime> firstOnOrAfter(Instant from) {
    // The same as occurrencesOnOrAfter(from).findFirst(), without a stream per call.
    PrimitiveIterator.OfLong seconds = localSecondsNear(from);
    while (seconds.hasNext()) {
      ZonedDateTime occurrence = place(Recurrence.toLocal(seconds.nextLong()));
      if (!occurrence.toInstant().isBefore(from)) {
        return Optional.of(occurrence);
      }
    }
    return Optional.empty();
  }

  private PrimitiveIterator.OfLong localSecondsNear(Instant from) {
    // A day of slack covers the offset difference between from and the occurrences near it.
    return localSeconds(LocalDateTime.ofInstant(from, zone()).minusDays(1));
  }

  private PrimitiveIterator.OfLong localSeconds(LocalDateTime from) {
    UntilLimit until = rule.until().map(u -> UntilLimit.zoned(u, zone())).orElse(UntilLimit.NONE);
    return Recurrence.iterate(rule, start.toLocalDateTime(), from, until);
  }

  private ZonedDateTime place(LocalDateTime local) {
    return ZonedDateTime.ofLocal(local, zone(), null);
  }
}
