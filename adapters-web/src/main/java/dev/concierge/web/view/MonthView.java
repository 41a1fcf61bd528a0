package dev.concierge.web.view;

import dev.concierge.core.dashboard.CalendarEntry;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A month of every client's dates, as weeks from Monday to Sunday.
 *
 * @param byDay the occurrences of each day shown
 * @param total how many occurrences fall in the weeks shown; more than listed when cut
 */
public record MonthView(
    YearMonth month,
    LocalDate today,
    LocalDate first,
    LocalDate last,
    Map<LocalDate, List<CalendarEntry>> byDay,
    long total,
    int listed) {

  public List<LocalDate> days() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      days.add(d);
    }
    return days;
  }

  public List<CalendarEntry> on(LocalDate day) {
    return byDay.getOrDefault(day, List.of());
  }

  public boolean inMonth(LocalDate day) {
    return YearMonth.from(day).equals(month);
  }

  public String previous() {
    return "/calendar?month=" + month.minusMonths(1);
  }

  public String next() {
    return "/calendar?month=" + month.plusMonths(1);
  }

  public String title() {
    return Show.month(month.atDay(1));
  }

  public static List<String> weekdays() {
    List<String> names = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      names.add(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    }
    return names;
  }
}
