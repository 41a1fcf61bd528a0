package dev.concierge.core.reminders.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What must change for one date item: its next occurrence (null when it has none left) and the
 * reminders whose cycle moves. {@link #isEmpty()} when everything stored is already right.
 */
public record ScheduleChange(
    UUID dateItemId,
    LocalDate nextOccurrence,
    boolean nextOccurrenceChanged,
    List<ReminderChange> reminders,
    long version) {

  public ScheduleChange {
    Objects.requireNonNull(dateItemId, "dateItemId");
    reminders = List.copyOf(reminders);
  }

  public boolean isEmpty() {
    return !nextOccurrenceChanged && reminders.isEmpty();
  }
}
