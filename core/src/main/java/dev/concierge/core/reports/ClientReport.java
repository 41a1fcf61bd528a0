package dev.concierge.core.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A client's year at a glance, as a concierge hands it over: every date and reminder from today to
 * a year ahead in the client's own zone, open projects with their open tasks, and recent
 * recommendations. Built by {@link ClientReports}, drawn by a {@link ReportRenderer}.
 *
 * @param from today in the client's zone
 * @param to the last day covered (a year after {@code from}, less a day)
 */
public record ClientReport(
    String organizationName,
    String clientName,
    String preferredName,
    ZoneId zone,
    LocalDate from,
    LocalDate to,
    OffsetDateTime generatedAt,
    List<DateLine> dates,
    List<ReminderLine> reminders,
    List<ProjectLine> projects,
    List<RecommendationLine> recommendations) {

  public ClientReport {
    dates = List.copyOf(dates);
    reminders = List.copyOf(reminders);
    projects = List.copyOf(projects);
    recommendations = List.copyOf(recommendations);
  }

  /** One occurrence of a date; {@code category} null when it has none. */
  public record DateLine(LocalDate date, String title, String category, boolean recurring) {}

  /**
   * One reminder that goes out in the year (or went out today), at its time in the client's zone.
   *
   * @param status pending, sent, failed, or planned (a later year's cycle of a recurring date)
   */
  public record ReminderLine(OffsetDateTime sendAt, String about, String channel, String status) {}

  public record ProjectLine(
      String title, String status, int priority, LocalDate dueDate, List<TaskLine> openTasks) {
    public ProjectLine {
      openTasks = List.copyOf(openTasks);
    }
  }

  public record TaskLine(String title, String status, LocalDate dueDate) {}

  public record RecommendationLine(
      LocalDate recommendedOn, String title, String resource, String resourceType, String status) {}
}
