package dev.concierge.web.view;

import dev.concierge.core.dashboard.CalendarEntry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Today and this week across every client: the dates coming up in each client's own next seven
 * days, the reminders due this week and those that failed, and the active projects.
 *
 * @param today the desk's day, in the organization's zone
 */
public record HomeView(
    LocalDate today,
    List<CalendarEntry> week,
    long weekTotal,
    List<ReminderLine> due,
    List<ReminderLine> failed,
    long failedTotal,
    List<ProjectLine> projects,
    long projectsTotal) {

  /**
   * How far off a date is from the desk's day, not the client's: a Kolkata client's Sunday, begun
   * while the desk is still in Saturday, reads "tomorrow". A client behind the desk can still be on
   * the day before; it is theirs, and said so.
   */
  public String away(CalendarEntry entry) {
    long days = ChronoUnit.DAYS.between(today, entry.date());
    return days < 0 ? "today, their time" : Show.daysAway(days);
  }
}
