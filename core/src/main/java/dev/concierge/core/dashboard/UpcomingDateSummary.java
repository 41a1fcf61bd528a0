package dev.concierge.core.dashboard;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One occurrence of a date item ahead of a person.
 *
 * @param occurrenceDate the occurrence this entry is about (the next one on the dashboard)
 * @param daysUntil days from today, in the person's zone, to {@code occurrenceDate}
 */
public record UpcomingDateSummary(
    UUID dateItemId,
    String title,
    LocalDate dateValue,
    LocalDate occurrenceDate,
    LocalDate nextOccurrence,
    UUID categoryId,
    String categoryName,
    String categoryIcon,
    long daysUntil,
    long reminderCount) {}
