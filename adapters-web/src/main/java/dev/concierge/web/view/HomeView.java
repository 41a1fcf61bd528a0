package dev.concierge.web.view;

import dev.concierge.core.dashboard.CalendarEntry;
import dev.concierge.core.time.Today;
import java.time.LocalDate;
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

  /** How far off a date is from the desk's day (not the client's), as the digest says it. */
  public String away(CalendarEntry entry) {
    return Today.away(today, entry.date());
  }
}
