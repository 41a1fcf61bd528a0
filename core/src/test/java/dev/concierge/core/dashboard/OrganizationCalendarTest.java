package dev.concierge.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.testing.InMemoryCatalogueStore;
import dev.concierge.core.testing.InMemoryConversationStore;
import dev.concierge.core.testing.InMemoryDashboardStore;
import dev.concierge.core.testing.InMemoryPersonStore;
import dev.concierge.core.testing.InMemoryProjectStore;
import dev.concierge.core.testing.TestClients;
import dev.concierge.core.testing.TickingClock;
import dev.concierge.core.time.LeapDayPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every client's dates at once, over in-memory stores; "now" is Monday 2026-03-02 12:00 UTC. */
class OrganizationCalendarTest {
  private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
  private static final PageRequest ALL = new PageRequest(0, 50);

  private final UUID org = UUID.randomUUID();
  private final Caller caller = Caller.apiKey(UUID.randomUUID(), org, "desk", ApiRole.ANALYST);
  private final TickingClock storeClock = TickingClock.fromNow();
  private final InMemoryPersonStore persons = new InMemoryPersonStore(storeClock);
  private final InMemoryDashboardStore store =
      new InMemoryDashboardStore(
          persons,
          new InMemoryConversationStore(storeClock),
          new InMemoryProjectStore(storeClock),
          new InMemoryCatalogueStore(storeClock),
          storeClock);
  private final OrganizationCalendar calendar =
      new OrganizationCalendar(store, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void a_month_holds_every_clients_occurrences_by_date_then_person() {
    UUID sarah = TestClients.in(persons, org, "Sarah", ZoneId.of("America/New_York"));
    UUID akira = TestClients.in(persons, org, "Akira", ZoneId.of("Asia/Tokyo"));
    date(sarah, "Club renewal", LocalDate.parse("2025-11-15"), "FREQ=MONTHLY");
    date(akira, "Birthday", LocalDate.parse("1990-03-15"), "FREQ=YEARLY");
    date(akira, "Gala", LocalDate.parse("2026-03-31"), null);
    date(akira, "Next month", LocalDate.parse("2026-04-01"), null);

    Page<CalendarEntry> march =
        calendar.between(caller, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), ALL);

    assertThat(march.items())
        .extracting(CalendarEntry::date, CalendarEntry::personName, e -> e.occurrence().title())
        .containsExactly(
            tuple(LocalDate.parse("2026-03-15"), "Akira", "Birthday"),
            tuple(LocalDate.parse("2026-03-15"), "Sarah", "Club renewal"),
            tuple(LocalDate.parse("2026-03-31"), "Akira", "Gala"));
    assertThat(march.total()).isEqualTo(3);
  }

  @Test
  void upcoming_counts_from_each_persons_own_today() {
    // 12:00 UTC is already 02:00 on Tuesday in Kiritimati (UTC+14), still Monday in New York
    UUID islander = TestClients.in(persons, org, "Islander", ZoneId.of("Pacific/Kiritimati"));
    UUID sarah = TestClients.in(persons, org, "Sarah", ZoneId.of("America/New_York"));
    date(islander, "Yesterday there", LocalDate.parse("2026-03-02"), null);
    date(sarah, "Today here", LocalDate.parse("2026-03-02"), null);
    date(sarah, "In a week", LocalDate.parse("2026-03-09"), null);
    date(sarah, "Weekly", LocalDate.parse("2026-02-24"), "FREQ=WEEKLY");

    Page<CalendarEntry> week = calendar.upcoming(caller, 6, ALL);

    assertThat(week.items())
        .extracting(e -> e.occurrence().title(), e -> e.occurrence().daysUntil())
        .containsExactly(tuple("Today here", 0L), tuple("Weekly", 1L));
  }

  @Test
  void a_leap_day_falls_on_the_28th_in_common_years_unless_strict() {
    UUID sarah = TestClients.in(persons, org, "Sarah", ZoneId.of("America/New_York"));
    date(sarah, "Leap birthday", LocalDate.parse("1992-02-29"), "FREQ=YEARLY");
    date(sarah, "Strict", LocalDate.parse("1992-02-29"), "FREQ=YEARLY", LeapDayPolicy.STRICT);
    date(sarah, "Plain", LocalDate.parse("1990-02-28"), "FREQ=YEARLY");

    Page<CalendarEntry> common =
        calendar.between(caller, LocalDate.parse("2026-02-20"), LocalDate.parse("2026-03-05"), ALL);
    Page<CalendarEntry> leap =
        calendar.between(caller, LocalDate.parse("2028-02-20"), LocalDate.parse("2028-03-05"), ALL);

    assertThat(common.items())
        .extracting(CalendarEntry::date, e -> e.occurrence().title())
        .containsExactly(
            tuple(LocalDate.parse("2026-02-28"), "Leap birthday"),
            tuple(LocalDate.parse("2026-02-28"), "Plain"));
    assertThat(leap.items())
        .extracting(CalendarEntry::date, e -> e.occurrence().title())
        .containsExactly(
            tuple(LocalDate.parse("2028-02-28"), "Plain"),
            tuple(LocalDate.parse("2028-02-29"), "Leap birthday"),
            tuple(LocalDate.parse("2028-02-29"), "Strict"));
  }

  @Test
  void a_span_across_new_year_holds_december_then_january_a_page_at_a_time() {
    UUID sarah = TestClients.in(persons, org, "Sarah", ZoneId.of("America/New_York"));
    UUID akira = TestClients.in(persons, org, "Akira", ZoneId.of("Asia/Tokyo"));
    date(sarah, "New Year", LocalDate.parse("1990-01-01"), "FREQ=YEARLY");
    date(akira, "Birthday", LocalDate.parse("1985-12-30"), "FREQ=YEARLY");
    date(sarah, "Club", LocalDate.parse("2025-11-30"), "FREQ=MONTHLY");
    date(akira, "Gala", LocalDate.parse("2027-01-02"), null);
    date(akira, "Begins in a year", LocalDate.parse("2027-12-30"), "FREQ=YEARLY");

    LocalDate from = LocalDate.parse("2026-12-28");
    LocalDate to = LocalDate.parse("2027-01-03");
    Page<CalendarEntry> all = calendar.between(caller, from, to, ALL);
    Page<CalendarEntry> second = calendar.between(caller, from, to, new PageRequest(1, 2));

    assertThat(all.items())
        .extracting(CalendarEntry::date, CalendarEntry::personName, e -> e.occurrence().title())
        .containsExactly(
            tuple(LocalDate.parse("2026-12-30"), "Akira", "Birthday"),
            tuple(LocalDate.parse("2026-12-30"), "Sarah", "Club"),
            tuple(LocalDate.parse("2027-01-01"), "Sarah", "New Year"),
            tuple(LocalDate.parse("2027-01-02"), "Akira", "Gala"));
    assertThat(all.total()).isEqualTo(4);
    assertThat(second.items()).containsExactlyElementsOf(all.items().subList(1, 3));
    assertThat(second.total()).isEqualTo(4);
  }

  @Test
  void upcoming_yearly_dates_count_from_each_persons_own_today() {
    // 12:00 UTC is already 02:00 on Tuesday in Kiritimati (UTC+14), still Monday in New York
    UUID islander = TestClients.in(persons, org, "Islander", ZoneId.of("Pacific/Kiritimati"));
    UUID sarah = TestClients.in(persons, org, "Sarah", ZoneId.of("America/New_York"));
    date(islander, "Yesterday there", LocalDate.parse("1980-03-02"), "FREQ=YEARLY");
    date(islander, "Six days there", LocalDate.parse("1980-03-09"), "FREQ=YEARLY");
    date(sarah, "Today here", LocalDate.parse("1980-03-02"), "FREQ=YEARLY");
    date(sarah, "Seven days here", LocalDate.parse("1980-03-09"), "FREQ=YEARLY");

    Page<CalendarEntry> week = calendar.upcoming(caller, 6, ALL);

    assertThat(week.items())
        .extracting(e -> e.occurrence().title(), e -> e.occurrence().daysUntil())
        .containsExactly(tuple("Today here", 0L), tuple("Six days there", 6L));
    assertThat(week.total()).isEqualTo(2);
  }

  @Test
  void a_span_is_at_most_two_months_and_never_backwards() {
    LocalDate first = LocalDate.parse("2026-03-01");

    assertThatThrownBy(() -> calendar.between(caller, first, first.minusDays(1), ALL))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> calendar.between(caller, first, first.plusDays(62), ALL))
        .isInstanceOf(ValidationException.class);
    assertThat(calendar.between(caller, first, first.plusDays(61), ALL).items()).isEmpty();
  }

  private void date(UUID personId, String title, LocalDate value, String rule) {
    date(personId, title, value, rule, LeapDayPolicy.FEB_28);
  }

  private void date(
      UUID personId, String title, LocalDate value, String rule, LeapDayPolicy policy) {
    store.addDate(
        org,
        personId,
        new ScheduledDate(
            UUID.randomUUID(), title, value, rule, policy, value, null, null, null, 0));
  }
}
