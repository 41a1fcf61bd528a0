package dev.concierge.core.calendar;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One VEVENT of an imported file, as read: what a date item is made from, or why it cannot be one.
 *
 * @param start null when the event has none (then {@code unusable} says so)
 * @param recurrenceRule the RRULE's value as written; null for a single event
 * @param alarmOffsets each VALARM's trigger relative to the start (negative: before it)
 * @param unusable why the event cannot become a date item (a cancelled event, an exception to a
 *     series, …); null when it can
 * @param warnings what of it a date item does not keep (EXDATEs, RDATEs, an unknown zone)
 */
public record ImportedEvent(
    String uid,
    String summary,
    String description,
    EventStart start,
    String recurrenceRule,
    List<Duration> alarmOffsets,
    String unusable,
    List<String> warnings) {
  public ImportedEvent {
    alarmOffsets = alarmOffsets == null ? List.of() : List.copyOf(alarmOffsets);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    if (unusable == null) {
      Objects.requireNonNull(start, "start");
    }
  }
}
