package dev.concierge.core.calendar;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * What a feed holds: its name, the organization's reminder send time (when the lead-time reminders
 * fire, in the person's zone) and the entries. {@code namesPersons} for a feed of many persons,
 * whose event titles then say whose date it is.
 */
public record CalendarDocument(
    String name, LocalTime reminderSendTime, boolean namesPersons, List<CalendarEntry> entries) {
  public CalendarDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reminderSendTime, "reminderSendTime");
    entries = List.copyOf(entries);
  }
}
