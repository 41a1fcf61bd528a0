package dev.concierge.core.dashboard;

import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.time.RecurringDate;
import dev.concierge.core.time.Today;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Use cases of a person's overview: the dashboard (one database round trip for the person and every
 * widget), the dates ahead within a window, and the activity timeline. "Today" is the person's, in
 * their zone.
 */
public final class PersonDashboard {
  /** Entries per dashboard widget. */
  public static final int WIDGET_SIZE = 5;

  public static final int MAX_DAYS_AHEAD = 366;

  private final PersonStore persons;
  private final DashboardStore dashboards;
  private final Clock clock;

  public PersonDashboard(PersonStore persons, DashboardStore dashboards, Clock clock) {
    this.persons = Objects.requireNonNull(persons, "persons");
    this.dashboards = Objects.requireNonNull(dashboards, "dashboards");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public Dashboard dashboard(Caller caller, UUID personId) {
    return dashboards
        .find(caller.orgId(), personId, clock.instant(), WIDGET_SIZE)
        .orElseThrow(() -> new NotFoundException("person", personId));
  }

  /**
   * Every occurrence from today to {@code daysAhead} days later, inclusive, in the person's zone,
   * soonest first; a date recurring within the window appears once per occurrence.
   */
  public Page<UpcomingDateSummary> upcoming(
      Caller caller, UUID personId, int daysAhead, PageRequest page) {
    if (daysAhead < 0 || daysAhead > MAX_DAYS_AHEAD) {
      throw new ValidationException("days_ahead", "must be between 0 and " + MAX_DAYS_AHEAD);
    }
    Person person = person(caller, personId);
    LocalDate today = Today.in(person.timezone(), clock);
    LocalDate last = today.plusDays(daysAhead);
    List<UpcomingDateSummary> entries = new ArrayList<>();
    for (ScheduledDate date : dashboards.scheduledDates(caller.orgId(), personId)) {
      RecurringDate recurring =
          RecurringDate.of(date.dateValue(), date.recurrenceRule(), date.leapDayPolicy());
      for (LocalDate occurrence : recurring.between(today, last)) {
        entries.add(date.occurringOn(occurrence, today));
      }
    }
    entries.sort(
        Comparator.comparing(UpcomingDateSummary::occurrenceDate)
            .thenComparing(UpcomingDateSummary::title)
            .thenComparing(UpcomingDateSummary::dateItemId));
    int from = Math.min(page.skip(), entries.size());
    int to = Math.min(from + page.limit(), entries.size());
    return new Page<>(entries.subList(from, to), entries.size());
  }

  public Page<ActivityEntry> activity(Caller caller, UUID personId, PageRequest page) {
    person(caller, personId);
    return dashboards.activity(caller.orgId(), personId, page);
  }

  private Person person(Caller caller, UUID personId) {
    return persons
        .find(caller.orgId(), personId)
        .orElseThrow(() -> new NotFoundException("person", personId));
  }
}
