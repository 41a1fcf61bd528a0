package dev.concierge.core.reminders.planning;

import dev.concierge.core.time.LeapDayPolicy;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One date item with everything needed to place it and its lead-time reminders in time: its date
 * and rule, its person's zone, its organization's send time, what is stored now.
 *
 * @param version optimistic-concurrency token of the stored date item
 */
public record DateItemSchedule(
    UUID dateItemId,
    LocalDate dateValue,
    String recurrenceRule,
    LeapDayPolicy leapDays,
    ZoneId zone,
    LocalTime sendTime,
    LocalDate nextOccurrence,
    List<LeadTimeReminder> reminders,
    long version) {

  public DateItemSchedule {
    Objects.requireNonNull(dateItemId, "dateItemId");
    Objects.requireNonNull(dateValue, "dateValue");
    Objects.requireNonNull(leapDays, "leapDays");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(sendTime, "sendTime");
    reminders = List.copyOf(reminders);
  }
}
