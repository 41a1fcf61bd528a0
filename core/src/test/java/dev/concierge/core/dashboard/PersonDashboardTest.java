package dev.concierge.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.NotFoundException;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The person dashboard's rules over in-memory stores; "now" is Monday 2026-03-02 12:00 UTC. */
class PersonDashboardTest {
  private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
  private static final PageRequest ALL = new PageRequest(0, 50);

  private final UUID org = UUID.randomUUID();
  private final Caller caller = Caller.apiKey(UUID.randomUUID(), org, "desk", ApiRole.ANALYST);
  private final TickingClock storeClock = TickingClock.fromNow();
  private final InMemoryPersonStore persons = new InMemoryPersonStore(storeClock);
  private final InMemoryConversationStore conversations = new InMemoryConversationStore(storeClock);
  private final InMemoryDashboardStore store =
      new InMemoryDashboardStore(
          persons,
          conversations,
          new InMemoryProjectStore(storeClock),
          new InMemoryCatalogueStore(storeClock),
          storeClock);
  private final PersonDashboard dashboards =
      new PersonDashboard(persons, store, Clock.fixed(NOW, ZoneOffset.UTC));
  private final UUID client = TestClients.in(persons, org);

  @Test
  void a_weekly_date_appears_once_per_week_within_the_window_counted_from_today() {
    UUID weekly =
        date(
            client,
            "Piano lesson",
            LocalDate.parse("2026-02-25"),
            "FREQ=WEEKLY",
            LocalDate.parse("2026-03-04"));

    Page<UpcomingDateSummary> upcoming = dashboards.upcoming(caller, client, 16, ALL);

    assertThat(upcoming.items())
        .extracting(UpcomingDateSummary::occurrenceDate, UpcomingDateSummary::daysUntil)
        .containsExactly(
            tuple(LocalDate.parse("2026-03-04"), 2L),
            tuple(LocalDate.parse("2026-03-11"), 9L),
            tuple(LocalDate.parse("2026-03-18"), 16L));
    assertThat(upcoming.items())
        .allSatisfy(
            entry -> {
              assertThat(entry.dateItemId()).isEqualTo(weekly);
              assertThat(entry.nextOccurrence()).isEqualTo(LocalDate.parse("2026-03-04"));
            });
  }

  @Test
  void today_is_the_persons_own_in_their_zone() {
    // 12:00 UTC is already 02:00 the next day in Kiritimati (UTC+14)
    UUID islander = TestClients.in(persons, org, "Islander", ZoneId.of("Pacific/Kiritimati"));
    oneOff(islander, "Yesterday there", LocalDate.parse("2026-03-02"));
    oneOff(islander, "Today there", LocalDate.parse("2026-03-03"));

    Page<UpcomingDateSummary> upcoming = dashboards.upcoming(caller, islander, 0, ALL);

    assertThat(upcoming.items())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.title()).isEqualTo("Today there");
              assertThat(entry.daysUntil()).isZero();
            });
  }

  @Test
  void a_leap_day_birthday_falls_on_the_28th_in_a_common_year() {
    date(
        client,
        "Leap baby",
        LocalDate.parse("2024-02-29"),
        "FREQ=YEARLY",
        LocalDate.parse("2026-02-28"));
    PersonDashboard inFebruary2027 =
        new PersonDashboard(
            persons, store, Clock.fixed(Instant.parse("2027-02-20T12:00:00Z"), ZoneOffset.UTC));

    assertThat(inFebruary2027.upcoming(caller, client, 10, ALL).items())
        .extracting(UpcomingDateSummary::occurrenceDate)
        .containsExactly(LocalDate.parse("2027-02-28"));
  }

  @Test
  void occurrences_are_soonest_first_then_by_title_and_paged_with_their_total() {
    oneOff(client, "b", LocalDate.parse("2026-03-05"));
    oneOff(client, "a", LocalDate.parse("2026-03-05"));
    oneOff(client, "c", LocalDate.parse("2026-03-03"));
    oneOff(client, "too far", LocalDate.parse("2026-04-30"));

    Page<UpcomingDateSummary> page = dashboards.upcoming(caller, client, 30, new PageRequest(1, 1));

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).extracting(UpcomingDateSummary::title).containsExactly("a");
    assertThat(dashboards.upcoming(caller, client, 30, ALL).items())
        .extracting(UpcomingDateSummary::title)
        .containsExactly("c", "a", "b");
  }

  @Test
  void the_window_is_zero_to_366_days() {
    assertThat(dashboards.upcoming(caller, client, 366, ALL).items()).isEmpty();
    for (int days : new int[] {-1, 367}) {
      assertThatThrownBy(() -> dashboards.upcoming(caller, client, days, ALL))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("days_ahead");
    }
  }

  @Test
  void another_organizations_person_has_no_dashboard_dates_or_activity() {
    Caller stranger = Caller.apiKey(UUID.randomUUID(), UUID.randomUUID(), "x", ApiRole.ADMIN);

    assertThatThrownBy(() -> dashboards.dashboard(stranger, client))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> dashboards.upcoming(stranger, client, 7, ALL))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> dashboards.activity(stranger, client, ALL))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void the_dashboard_shows_five_of_each_widget_and_counts_them_all() {
    for (int day = 3; day <= 9; day++) {
      oneOff(client, "Date " + day, LocalDate.of(2026, 3, day));
    }

    Dashboard dashboard = dashboards.dashboard(caller, client);

    assertThat(dashboard.person().personId()).isEqualTo(client);
    assertThat(dashboard.widgets().upcomingDates())
        .hasSize(PersonDashboard.WIDGET_SIZE)
        .extracting(UpcomingDateSummary::daysUntil)
        .containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(dashboard.widgets().stats().totalUpcomingDates()).isEqualTo(7);
  }

  @Test
  void several_persons_upcoming_read_at_once_are_each_ones_own_upcoming() {
    UUID islander = TestClients.in(persons, org, "Islander", ZoneId.of("Pacific/Kiritimati"));
    UUID angeleno = TestClients.in(persons, org, "Angeleno", ZoneId.of("America/Los_Angeles"));
    UUID londoner = TestClients.in(persons, org, "Londoner", ZoneId.of("Europe/London"));
    UUID quiet = TestClients.in(persons, org, "Quiet", ZoneId.of("Asia/Tokyo"));
    UUID strangers = TestClients.in(persons, UUID.randomUUID());
    LocalDate next = LocalDate.parse("2026-03-04");
    for (UUID person : List.of(islander, angeleno, londoner)) {
      date(person, "Leap baby", LocalDate.parse("2024-02-29"), "FREQ=YEARLY", next);
      strictLeapDay(person);
      date(person, "Piano", LocalDate.parse("2026-02-25"), "FREQ=WEEKLY", next);
      date(person, "Rent", LocalDate.parse("2025-12-31"), "FREQ=MONTHLY", next);
      oneOff(person, "Flight", LocalDate.parse("2026-03-03"));
      oneOff(person, "Gala", LocalDate.parse("2027-03-01"));
    }
    List<UUID> asked = List.of(islander, angeleno, londoner, quiet, strangers, UUID.randomUUID());

    // across both spring DST changes, a leap day in a common year, and each zone's midnight
    for (String now :
        List.of("2026-03-02T12:00:00Z", "2027-02-25T23:30:00Z", "2028-02-28T10:30:00Z")) {
      PersonDashboard then =
          new PersonDashboard(persons, store, Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
      Map<UUID, List<UpcomingDateSummary>> together = then.upcomingOf(caller, asked, 31);

      assertThat(together).as(now).containsOnlyKeys(islander, angeleno, londoner);
      for (UUID person : together.keySet()) {
        assertThat(together.get(person))
            .as(now)
            .isNotEmpty()
            .isEqualTo(then.upcoming(caller, person, 31, new PageRequest(0, 500)).items());
      }
    }
  }

  private void strictLeapDay(UUID personId) {
    store.addDate(
        org,
        personId,
        new ScheduledDate(
            UUID.randomUUID(),
            "Strict leap day",
            LocalDate.parse("2024-02-29"),
            "FREQ=YEARLY",
            LeapDayPolicy.STRICT,
            LocalDate.parse("2028-02-29"),
            null,
            null,
            null,
            0));
  }

  private UUID oneOff(UUID personId, String title, LocalDate value) {
    return date(personId, title, value, null, value);
  }

  private UUID date(UUID personId, String title, LocalDate value, String rule, LocalDate next) {
    UUID id = UUID.randomUUID();
    store.addDate(
        org,
        personId,
        new ScheduledDate(id, title, value, rule, LeapDayPolicy.FEB_28, next, null, null, null, 0));
    return id;
  }
}
