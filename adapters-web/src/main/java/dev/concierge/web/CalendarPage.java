package dev.concierge.web;

import dev.concierge.core.UseCases;
import dev.concierge.core.dashboard.CalendarEntry;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.time.Today;
import dev.concierge.web.view.MonthView;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A month of every client's dates, Monday to Sunday; "today" is the organization's. */
final class CalendarPage {
  /** At most this many occurrences are read for one month; the page says when there are more. */
  static final int LISTED = 500;

  private final UseCases api;
  private final Clock clock;

  CalendarPage(UseCases api, Clock clock) {
    this.api = api;
    this.clock = clock;
  }

  List<PortalRoute> routes() {
    return List.of(PortalRoute.get("/calendar", Access.READ, this::month));
  }

  private void month(Visit visit) {
    LocalDate today = Today.in(api.organization().get(visit.caller()).defaultTimezone(), clock);
    YearMonth month = parse(visit.query("month"), YearMonth.from(today));
    LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    Page<CalendarEntry> found =
        api.calendar().between(visit.caller(), first, last, new PageRequest(0, LISTED));
    Map<LocalDate, List<CalendarEntry>> byDay = new LinkedHashMap<>();
    for (CalendarEntry entry : found.items()) {
      byDay.computeIfAbsent(entry.date(), d -> new ArrayList<>()).add(entry);
    }
    MonthView view =
        new MonthView(month, today, first, last, byDay, found.total(), found.items().size());
    visit.page("calendar.jte", view.title(), "calendar", view);
  }

  private static YearMonth parse(String text, YearMonth fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      YearMonth month = YearMonth.parse(text);
      return month.getYear() < 2 || month.getYear() > 9998 ? fallback : month;
    } catch (DateTimeParseException e) {
      return fallback;
    }
  }
}
