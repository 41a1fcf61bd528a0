package dev.concierge.core.dashboard;

import dev.concierge.core.time.LeapDayPolicy;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A live date item with a next occurrence, with its category and number of reminders. */
public record ScheduledDate(
    UUID dateItemId,
    String title,
    LocalDate dateValue,
    String recurrenceRule,
    LeapDayPolicy leapDayPolicy,
    LocalDate nextOccurrence,
    UUID categoryId,
    String categoryName,
    String categoryIcon,
    long reminderCount) {

  /** This date's occurrence on {@code occurrence}, counted in days from {@code today}. */
  public UpcomingDateSummary occurringOn(LocalDate occurrence, LocalDate today) {
    return new UpcomingDateSummary(
        dateItemId,
        title,
        dateValue,
        occurrence,
        nextOccurrence,
        categoryId,
        categoryName,
        categoryIcon,
        ChronoUnit.DAYS.between(today, occurrence),
        reminderCount);
  }
}
