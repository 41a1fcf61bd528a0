package dev.concierge.core.calendar;

import dev.concierge.core.model.Metadata;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The time of day of a date item that came from a timed calendar event (a dinner at 19:30 in
 * Paris). Date items are days; the time rides along in the item's metadata, under {@value #KEY}, so
 * that a feed gives the event back as it was imported, and staff see and edit it like any metadata.
 */
public record EventTime(LocalTime startTime, ZoneId zone) {
  static final String KEY = "calendar";

  public EventTime {
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(zone, "zone");
  }

  /** The time kept in {@code metadata}; empty when there is none or it does not read as one. */
  public static Optional<EventTime> in(Metadata metadata) {
    if (!(metadata.values().get(KEY) instanceof Map<?, ?> kept)
        || !(kept.get("start_time") instanceof String time)
        || !(kept.get("timezone") instanceof String zone)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new EventTime(LocalTime.parse(time), ZoneId.of(zone)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** {@code metadata} with this time in it. */
  Metadata into(Metadata metadata) {
    Map<String, Object> kept = new LinkedHashMap<>();
    kept.put("start_time", startTime.toString());
    kept.put("timezone", zone.getId());
    return metadata.with(KEY, kept);
  }

  /** {@code metadata} without a time: the item is a whole day. */
  static Metadata removedFrom(Metadata metadata) {
    if (!metadata.values().containsKey(KEY)) {
      return metadata;
    }
    Map<String, Object> rest = new LinkedHashMap<>(metadata.values());
    rest.remove(KEY);
    return Metadata.of(rest);
  }
}
