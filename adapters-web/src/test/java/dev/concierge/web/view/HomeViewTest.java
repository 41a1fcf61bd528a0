package dev.concierge.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.dashboard.CalendarEntry;
import dev.concierge.core.dashboard.UpcomingDateSummary;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HomeViewTest {
  private static final LocalDate SATURDAY = LocalDate.of(2026, 12, 5);

  @Test
  void how_far_off_a_date_is_counts_from_the_desks_day_not_the_clients() {
    HomeView home = new HomeView(SATURDAY, List.of(), 0, List.of(), List.of(), 0, List.of(), 0);

    // Late on Saturday in London it is already Sunday in Kolkata: that client's "today" is the
    // desk's tomorrow, and their Wednesday is four days off, not three.
    assertThat(home.away(entry("Asia/Kolkata", SATURDAY.plusDays(1), 0))).isEqualTo("tomorrow");
    assertThat(home.away(entry("Asia/Kolkata", SATURDAY.plusDays(4), 3))).isEqualTo("in 4 days");
    assertThat(home.away(entry("Europe/London", SATURDAY, 0))).isEqualTo("today");
    // A client still on Friday in Los Angeles has a date "today" that the desk has left behind.
    assertThat(home.away(entry("America/Los_Angeles", SATURDAY.minusDays(1), 0)))
        .isEqualTo("today, their time");
  }

  private static CalendarEntry entry(String zone, LocalDate date, long clientDaysUntil) {
    return new CalendarEntry(
        UUID.randomUUID(),
        "A client",
        ZoneId.of(zone),
        new UpcomingDateSummary(
            UUID.randomUUID(), "A date", date, date, date, null, null, null, clientDaysUntil, 0));
  }
}
