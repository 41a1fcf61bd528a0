package dev.concierge.core.calendar;

import dev.concierge.core.model.Metadata;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One date item as a feed carries it: with its person's name and zone and the days before each
 * occurrence its live lead-time reminders fire.
 */
public record CalendarEntry(
    UUID dateItemId,
    UUID personId,
    String personName,
    ZoneId timezone,
    String title,
    LocalDate dateValue,
    String recurrenceRule,
    String notes,
    Metadata metadata,
    List<Integer> leadTimeDays,
    Instant updatedAt) {

  public CalendarEntry {
    Objects.requireNonNull(dateItemId, "dateItemId");
    Objects.requireNonNull(timezone, "timezone");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(dateValue, "dateValue");
    Objects.requireNonNull(updatedAt, "updatedAt");
    metadata = metadata == null ? Metadata.EMPTY : metadata;
    leadTimeDays = leadTimeDays == null ? List.of() : List.copyOf(leadTimeDays);
  }

  /** The time of day it was imported with; empty for a whole day, as every other date is. */
  public Optional<EventTime> time() {
    return EventTime.in(metadata);
  }

  /**
   * The event's UID: the date item's id in a domain of ours, so a calendar app recognises the event
   * across refreshes and an import of the feed finds the item again.
   */
  public String uid() {
    return CalendarUids.of(dateItemId);
  }
}
