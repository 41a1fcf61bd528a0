package dev.concierge.web;

import dev.concierge.core.UseCases;
import dev.concierge.core.access.Caller;
import dev.concierge.core.dashboard.CalendarEntry;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.projects.Project;
import dev.concierge.core.projects.ProjectStatus;
import dev.concierge.core.reminders.ReminderRule;
import dev.concierge.core.reminders.ReminderStatus;
import dev.concierge.core.time.Today;
import dev.concierge.web.view.HomeView;
import dev.concierge.web.view.ProjectLine;
import dev.concierge.web.view.ReminderLine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The desk's day: what is coming up this week across every client, and what needs a hand. */
final class HomePage {
  static final int WEEK_DAYS = 6;
  private static final int LISTED = 12;

  private final UseCases api;
  private final Clock clock;

  HomePage(UseCases api, Clock clock) {
    this.api = api;
    this.clock = clock;
  }

  List<PortalRoute> routes() {
    return List.of(PortalRoute.get("/", Access.READ, this::show));
  }

  private void show(Visit visit) {
    Caller caller = visit.caller();
    Names names = new Names(api, caller);
    Instant now = clock.instant();
    Page<CalendarEntry> week = api.calendar().upcoming(caller, WEEK_DAYS, new PageRequest(0, 50));
    Instant weekEnd = now.plus(Duration.ofDays(WEEK_DAYS + 1));
    List<ReminderLine> due = new ArrayList<>();
    for (ReminderRule rule :
        api.reminders()
            .inStatus(caller, ReminderStatus.PENDING, new PageRequest(0, LISTED))
            .items()) {
      if (rule.scheduledAt() != null && rule.scheduledAt().isBefore(weekEnd)) {
        due.add(line(rule, names, now));
      }
    }
    Page<ReminderRule> failed =
        api.reminders().inStatus(caller, ReminderStatus.FAILED, new PageRequest(0, LISTED));
    List<ProjectLine> projects = new ArrayList<>();
    long projectsTotal = 0;
    for (ProjectStatus status : List.of(ProjectStatus.IN_PROGRESS, ProjectStatus.NEW)) {
      Page<Project> page = api.projects().inStatus(caller, status, new PageRequest(0, LISTED));
      projectsTotal += page.total();
      page.items().stream()
          .limit(LISTED - projects.size())
          .forEach(p -> projects.add(new ProjectLine(p, names.person(p.personId()))));
    }
    visit.page(
        "home.jte",
        "Today and this week",
        "home",
        new HomeView(
            Today.in(api.organization().get(caller).defaultTimezone(), clock),
            week.items(),
            week.total(),
            due,
            failed.items().stream().map(r -> line(r, names, now)).toList(),
            failed.total(),
            projects,
            projectsTotal));
  }

  static ReminderLine line(ReminderRule rule, Names names, Instant now) {
    return new ReminderLine(
        rule, names.person(rule.personId()), names.date(rule.dateItemId()), now);
  }
}
