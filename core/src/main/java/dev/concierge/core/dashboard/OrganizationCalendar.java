package dev.concierge.core.dashboard;

import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.time.RecurringDate;
import dev.concierge.core.time.Today;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Use cases of every client's dates at once: the occurrences of a span of days (a month on the
 * calendar) and what is coming up in each person's own next days. Occurrences are expanded in core
 * with the recurrence engine, so a monthly date appears once a month; plain yearly dates, most of
 * them, are read in the order they occur and only as far as a page goes, so that a page costs about
 * the same in an organization of any size.
 */
public final class OrganizationCalendar {
  /** The longest span one read covers: a month view of six weeks, with room to spare. */
  public static final int MAX_DAYS = 62;

  /**
   * A page's total counts every occurrence up to about this many: more are not counted, since that
   * would read every one (a month of a large organization holds tens of thousands).
   */
  public static final int COUNTED_UP_TO = DashboardStore.COUNTED_UP_TO;

  /** {@link #upcoming}'s total counts up to about this many (see {@link DashboardStore}). */
  public static final int UPCOMING_COUNTED_UP_TO = DashboardStore.DAYS_AHEAD_COUNTED_UP_TO;

  private static final Comparator<CalendarEntry> ORDER =
      Comparator.comparing(CalendarEntry::date)
          .thenComparing(CalendarEntry::personName)
          .thenComparing(e -> e.occurrence().title())
          .thenComparing(CalendarEntry::personId)
          .thenComparing(e -> e.occurrence().dateItemId());

  private final DashboardStore dashboards;
  private final Clock clock;

  public OrganizationCalendar(DashboardStore dashboards, Clock clock) {
    this.dashboards = Objects.requireNonNull(dashboards, "dashboards");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Every occurrence from {@code from} to {@code to}, inclusive, of every person's dates, by date,
   * then person and title.
   */
  public Page<CalendarEntry> between(
      Caller caller, LocalDate from, LocalDate to, PageRequest page) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new ValidationException("to", "must be on or after from");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new ValidationException("to", "must be within " + MAX_DAYS + " days of from");
    }
    return occurrences(caller, from, to, null, entry -> true, page);
  }

  /**
   * Every occurrence from each person's today to {@code days} days later, inclusive, in their own
   * zone: what the desk has to think of this week, soonest first.
   */
  public Page<CalendarEntry> upcoming(Caller caller, int days, PageRequest page) {
    if (days < 0 || days >= MAX_DAYS) {
      throw new ValidationException("days", "must be between 0 and " + (MAX_DAYS - 1));
    }
    // somewhere on earth it is already tomorrow, somewhere still yesterday
    LocalDate earliest = Today.in(ZoneOffset.MIN, clock);
    LocalDate latest = Today.in(ZoneOffset.MAX, clock).plusDays(days);
    return occurrences(
        caller,
        earliest,
        latest,
        new DashboardStore.DaysAhead(clock.instant(), days),
        entry -> entry.occurrence().daysUntil() >= 0 && entry.occurrence().daysUntil() <= days,
        page);
  }

  /**
   * The page of every occurrence in the span, in {@link #ORDER}. Plain yearly dates, most of an
   * organization's, are read already ordered by their occurrence and only as far as the page goes;
   * the others (one-off, monthly, custom rules, 29 February) are few and expanded here, and the two
   * merged: the page's entries are among all the others and the first {@code skip + limit} yearly
   * ones.
   */
  private Page<CalendarEntry> occurrences(
      Caller caller,
      LocalDate from,
      LocalDate to,
      DashboardStore.DaysAhead ahead,
      Predicate<CalendarEntry> keep,
      PageRequest page) {
    int wanted = page.skip() + page.limit();
    List<CalendarEntry> entries = new ArrayList<>();
    long others = 0;
    for (ClientDate client : dashboards.datesBetween(caller.orgId(), from, to)) {
      ScheduledDate date = client.date();
      RecurringDate recurring =
          RecurringDate.of(date.dateValue(), date.recurrenceRule(), date.leapDayPolicy());
      for (LocalDate occurrence : recurring.between(from, to)) {
        CalendarEntry entry = entry(client, occurrence);
        if (keep.test(entry)) {
          entries.add(entry);
          others++;
        }
      }
    }
    Page<ClientDate> yearly = dashboards.yearlyBetween(caller.orgId(), from, to, ahead, wanted);
    for (ClientDate client : yearly.items()) {
      MonthDay day = MonthDay.from(client.date().dateValue());
      LocalDate inFirstYear = day.atYear(from.getYear());
      entries.add(
          entry(client, inFirstYear.isBefore(from) ? day.atYear(to.getYear()) : inFirstYear));
    }
    entries.sort(ORDER);
    int first = Math.min(page.skip(), entries.size());
    int last = Math.min(first + page.limit(), entries.size());
    return new Page<>(entries.subList(first, last), others + yearly.total());
  }

  private CalendarEntry entry(ClientDate client, LocalDate occurrence) {
    return new CalendarEntry(
        client.personId(),
        client.personName(),
        client.timezone(),
        client.date().occurringOn(occurrence, Today.in(client.timezone(), clock)));
  }
}
