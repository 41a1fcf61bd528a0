package dev.concierge.web.view;

import dev.concierge.core.dashboard.CalendarEntry;
import java.util.List;

/**
 * Today and this week across every client: the dates coming up in each client's own next seven
 * days, the reminders due this week and those that failed, and the active projects.
 */
public record HomeView(
    List<CalendarEntry> week,
    long weekTotal,
    List<ReminderLine> due,
    List<ReminderLine> failed,
    long failedTotal,
    List<ProjectLine> projects,
    long projectsTotal) {}
