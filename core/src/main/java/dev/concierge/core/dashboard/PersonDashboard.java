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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    checkDaysAhead(daysAhead);
    Person person = person(caller, personId);
    List<UpcomingDateSummary> entries =
        occurrences(
            dashboards.scheduledDates(caller.orgId(), personId),
            Today.in(person.timezone(), clock),
            daysAhead);
    int from = Math.min(page.skip(), entries.size());
    int to = Math.min(from + page.limit(), entries.size());
    return new Page<>(entries.subList(from, to), entries.size());
  }

  /**
   * {@link #upcoming} of several persons in one read (a staff digest's clients): every occurrence
   * of each, from their today in their zone, soonest first, by person id. A person with none,
   * deleted or of another organization, has no entry.
   */
  public Map<UUID, List<UpcomingDateSummary>> upcomingOf(
      Caller caller, Collection<UUID> personIds, int daysAhead) {
    checkDaysAhead(daysAhead);
    Map<UUID, List<ScheduledDate>> dates = new LinkedHashMap<>();
    Map<UUID, ZoneId> zones = new HashMap<>();
    for (ClientDate date : dashboards.scheduledDatesOf(caller.orgId(), personIds)) {
      dates.computeIfAbsent(date.personId(), id -> new ArrayList<>()).add(date.date());
      zones.put(date.personId(), date.timezone());
    }
    Map<UUID, List<UpcomingDateSummary>> upcoming = new LinkedHashMap<>();
    dates.forEach(
        (personId, theirs) -> {
          List<UpcomingDateSummary> entries =
              occurrences(theirs, Today.in(zones.get(personId), clock), daysAhead);
          if (!entries.isEmpty()) {
            upcoming.put(personId, entries);
          }
        });
    return upcoming;
  }

  private static void checkDaysAhead(int daysAhead) {
    if (daysAhead < 0 || daysAhead > MAX_DAYS_AHEAD) {
      throw new ValidationException("days_ahead", "must be between 0 and " + MAX_DAYS_AHEAD);
    }
  }

  /** The dates' occurrences from {@code today} to {@code daysAhead} days later, soonest first. */
  private static List<UpcomingDateSummary> occurrences(
      List<ScheduledDate> dates, LocalDate today, int daysAhead) {
    LocalDate last = today.plusDays(daysAhead);
    List<UpcomingDateSummary> entries = new ArrayList<>();
    for (ScheduledDate date : dates) {
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
    return entries;
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
