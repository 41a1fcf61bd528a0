package dev.concierge.core.reports;

import dev.concierge.core.access.Caller;
import dev.concierge.core.catalogue.Recommendation;
import dev.concierge.core.catalogue.Recommendations;
import dev.concierge.core.dashboard.PersonDashboard;
import dev.concierge.core.dashboard.UpcomingDateSummary;
import dev.concierge.core.dates.DateItemDetails;
import dev.concierge.core.dates.DateItems;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.organization.Organizations;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonDirectory;
import dev.concierge.core.projects.Project;
import dev.concierge.core.projects.ProjectBoard;
import dev.concierge.core.projects.ProjectStatus;
import dev.concierge.core.projects.TaskStatus;
import dev.concierge.core.reminders.ReminderRule;
import dev.concierge.core.reminders.ReminderSchedule;
import dev.concierge.core.reminders.ReminderTrigger;
import dev.concierge.core.reminders.ReminderType;
import dev.concierge.core.reminders.Reminders;
import dev.concierge.core.reports.ClientReport.DateLine;
import dev.concierge.core.reports.ClientReport.ProjectLine;
import dev.concierge.core.reports.ClientReport.RecommendationLine;
import dev.concierge.core.reports.ClientReport.ReminderLine;
import dev.concierge.core.reports.ClientReport.TaskLine;
import dev.concierge.core.time.Today;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Use case: a client's year at a glance ({@link ClientReport}) as a document. It reads through the
 * use cases every other way in uses, so it shows exactly what the caller may read; every role may
 * ask for it.
 *
 * <p>Reminders are each lead-time reminder of each occurrence in the year (a recurring date's later
 * cycles are "planned": only the next cycle of a rule is stored), at the organization's send time
 * in the client's zone, and the scheduled reminders that fall in the year.
 */
public final class ClientReports {
  /** Recommendations of the last this many days are recent. */
  static final int RECENT_DAYS = 180;

  static final int MAX_RECOMMENDATIONS = 15;

  private final PersonDirectory persons;
  private final Organizations organizations;
  private final PersonDashboard dashboards;
  private final DateItems dateItems;
  private final Reminders reminders;
  private final ProjectBoard projects;
  private final Recommendations recommendations;
  private final ReportRenderer renderer;
  private final Clock clock;

  public ClientReports(
      PersonDirectory persons,
      Organizations organizations,
      PersonDashboard dashboards,
      DateItems dateItems,
      Reminders reminders,
      ProjectBoard projects,
      Recommendations recommendations,
      ReportRenderer renderer,
      Clock clock) {
    this.persons = persons;
    this.organizations = organizations;
    this.dashboards = dashboards;
    this.dateItems = dateItems;
    this.reminders = reminders;
    this.projects = projects;
    this.recommendations = recommendations;
    this.renderer = renderer;
    this.clock = clock;
  }

  /** Draws the report of {@code personId} to {@code out}. */
  public void write(Caller caller, UUID personId, OutputStream out) {
    renderer.render(report(caller, personId), out);
  }

  public ClientReport report(Caller caller, UUID personId) {
    Person person = persons.get(caller, personId);
    Organization organization = organizations.get(caller);
    ZoneId zone = person.timezone();
    LocalDate from = Today.in(zone, clock);
    LocalDate to = from.plusYears(1).minusDays(1);
    int days = (int) ChronoUnit.DAYS.between(from, to);
    List<UpcomingDateSummary> occurrences =
        all(page -> dashboards.upcoming(caller, personId, days, page));
    Map<UUID, DateItemDetails> items = new HashMap<>();
    all(page -> dateItems.list(caller, personId, null, true, page))
        .forEach(details -> items.put(details.item().dateItemId(), details));
    List<DateLine> dates =
        occurrences.stream()
            .map(
                o ->
                    new DateLine(
                        o.occurrenceDate(),
                        o.title(),
                        o.categoryName(),
                        items.containsKey(o.dateItemId())
                            && items.get(o.dateItemId()).item().recurrenceRule() != null))
            .toList();
    return new ClientReport(
        organization.name(),
        person.fullName(),
        person.preferredName(),
        zone,
        from,
        to,
        OffsetDateTime.now(clock.withZone(zone)),
        dates,
        reminderLines(caller, person, organization, occurrences, items, to),
        projectLines(caller, personId),
        recommendationLines(caller, personId, zone));
  }

  private List<ReminderLine> reminderLines(
      Caller caller,
      Person person,
      Organization organization,
      List<UpcomingDateSummary> occurrences,
      Map<UUID, DateItemDetails> items,
      LocalDate to) {
    ZoneId zone = person.timezone();
    Instant now = clock.instant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    ReminderSchedule schedule = new ReminderSchedule(clock);
    List<ReminderLine> lines = new ArrayList<>();
    for (UpcomingDateSummary occurrence : occurrences) {
      DateItemDetails details = items.get(occurrence.dateItemId());
      if (details == null) {
        continue;
      }
      for (ReminderRule rule : details.reminders()) {
        if (rule.reminderType() != ReminderType.LEAD_TIME) {
          continue;
        }
        var trigger =
            new ReminderTrigger.LeadTime(rule.leadTimeDays(), organization.reminderSendTime());
        OffsetDateTime at = schedule.fireTime(trigger, occurrence.occurrenceDate(), zone).fireAt();
        boolean current = occurrence.occurrenceDate().equals(rule.occurrenceDate());
        if (at.toInstant().isBefore(now) && !current) {
          continue; // a past cycle of an earlier year
        }
        lines.add(
            new ReminderLine(
                at.atZoneSameInstant(zone).toOffsetDateTime(),
                occurrence.title() + " (" + occurrence.occurrenceDate() + ")",
                channel(rule),
                current ? rule.status().wireName() : "planned"));
      }
    }
    for (ReminderRule rule :
        all(page -> reminders.list(caller, person.personId(), null, null, page))) {
      if (rule.reminderType() == ReminderType.SCHEDULED
          && rule.scheduledAt() != null
          && !rule.scheduledAt().isBefore(now)
          && rule.scheduledAt().isBefore(end)) {
        lines.add(
            new ReminderLine(
                rule.scheduledAt().atZone(zone).toOffsetDateTime(),
                "Scheduled reminder",
                channel(rule),
                rule.status().wireName()));
      }
    }
    lines.sort(Comparator.comparing(ReminderLine::sendAt).thenComparing(ReminderLine::about));
    return lines;
  }

  private static String channel(ReminderRule rule) {
    return rule.channelType() == null ? "" : rule.channelType().wireName();
  }

  private List<ProjectLine> projectLines(Caller caller, UUID personId) {
    List<ProjectLine> lines = new ArrayList<>();
    for (Project project : all(page -> projects.list(caller, personId, null, page))) {
      if (project.status() == ProjectStatus.COMPLETED
          || project.status() == ProjectStatus.CANCELLED) {
        continue;
      }
      List<TaskLine> open =
          all(page -> projects.tasks(caller, project.projectId(), page)).stream()
              .filter(t -> t.status() == TaskStatus.PENDING || t.status() == TaskStatus.IN_PROGRESS)
              .map(t -> new TaskLine(t.title(), t.status().wireName(), t.dueDate()))
              .toList();
      lines.add(
          new ProjectLine(
              project.title(),
              project.status().wireName(),
              project.priority(),
              project.dueDate(),
              open));
    }
    lines.sort(
        Comparator.comparing(
                ProjectLine::dueDate, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(ProjectLine::title));
    return lines;
  }

  private List<RecommendationLine> recommendationLines(Caller caller, UUID personId, ZoneId zone) {
    Instant since = clock.instant().minus(RECENT_DAYS, ChronoUnit.DAYS);
    return all(page -> recommendations.list(caller, personId, page)).stream()
        .filter(r -> r.createdAt() != null && r.createdAt().isAfter(since))
        .sorted(Comparator.comparing(Recommendation::createdAt).reversed())
        .limit(MAX_RECOMMENDATIONS)
        .map(
            r ->
                new RecommendationLine(
                    Today.at(zone, r.createdAt()),
                    r.title(),
                    r.resourceName(),
                    r.resourceType() == null ? null : r.resourceType().wireName(),
                    r.status().wireName()))
        .toList();
  }

  /** Every item of a paged read, page by page. */
  private static <T> List<T> all(Function<PageRequest, Page<T>> read) {
    List<T> items = new ArrayList<>();
    int skip = 0;
    while (true) {
      Page<T> page = read.apply(new PageRequest(skip, PageRequest.MAX_LIMIT));
      items.addAll(page.items());
      skip += page.items().size();
      if (page.items().isEmpty() || skip >= page.total()) {
        return items;
      }
    }
  }
}
