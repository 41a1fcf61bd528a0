package dev.concierge.core.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One occurrence of a date item on the organization's calendar, with whose date it is.
 *
 * @param occurrence the occurrence, with its days from the person's today in their zone
 */
public record CalendarEntry(
    UUID personId, String personName, ZoneId timezone, UpcomingDateSummary occurrence) {

  public LocalDate date() {
    return occurrence.occurrenceDate();
  }
}
