package dev.concierge.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.dashboard.CalendarEntry;
import dev.concierge.core.dashboard.OrganizationCalendar;
import dev.concierge.core.dashboard.UpcomingDateSummary;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.paging.Page;
import dev.concierge.core.reminders.delivery.ComposedMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DigestTemplateTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final UUID SARAH = UUID.randomUUID();

  @Test
  void a_section_lists_what_it_was_given_and_counts_the_rest() {
    List<CalendarEntry> ten =
        IntStream.rangeClosed(1, 10)
            .mapToObj(day -> occurrence("Errand " + day, LocalDate.of(2026, 4, day + 1), day))
            .toList();

    ComposedMessage email = compose(new Page<>(ten, 42), ChannelType.EMAIL);

    assertThat(email.subject())
        .isEqualTo(
            "Your digest for Wednesday 1 April: 42 dates, 0 reminders due, 0 failed, 0 open"
                + " tasks");
    assertThat(email.text())
        .contains("Dates (42)\n• Thu 2 Apr — Sarah Chen: Errand 1 (tomorrow)")
        .contains("• Sat 11 Apr — Sarah Chen: Errand 10 (in 10 days)\n• and 32 more")
        .doesNotContain("Reminders due")
        .doesNotContain("Open tasks")
        .endsWith("— Concierge");
  }

  @Test
  void on_slack_the_section_titles_are_bold() {
    ComposedMessage slack =
        compose(
            new Page<>(List.of(occurrence("Mum's birthday", LocalDate.of(2026, 4, 1), 0)), 1),
            ChannelType.SLACK);

    assertThat(slack.text())
        .contains("*Dates (1)*\n• Wed 1 Apr — Sarah Chen: Mum's birthday (today)");
  }

  @Test
  void how_far_off_a_date_is_counts_from_the_readers_day_not_the_clients() {
    // 07:00 UTC on 1 April: already the 1st in Tokyo and London, still 31 March in Los Angeles.
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
    ComposedMessage email =
        compose(
            new Page<>(
                List.of(
                    occurrence("Mariko", tokyo, "Recital", LocalDate.of(2026, 4, 2), 0),
                    occurrence("Dana", losAngeles, "Anniversary", LocalDate.of(2026, 3, 31), 0)),
                2),
            ChannelType.EMAIL);

    assertThat(email.text())
        .contains("• Thu 2 Apr — Mariko: Recital (tomorrow)")
        .contains("• Tue 31 Mar — Dana: Anniversary (today, their time)");
  }

  @Test
  void a_total_counted_up_to_the_bound_reads_as_at_least_that_many() {
    List<DigestTask> listed =
        IntStream.rangeClosed(1, 10)
            .mapToObj(
                n ->
                    new DigestTask(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        SARAH,
                        "Sarah Chen",
                        "Project " + n,
                        "Task " + n,
                        null))
            .toList();
    DigestReminder failed =
        new DigestReminder(
            UUID.randomUUID(),
            SARAH,
            "Sarah Chen",
            null,
            ChannelType.EMAIL,
            Instant.parse("2026-03-31T09:00:00Z"));

    ComposedMessage email =
        compose(
            new Page<>(List.of(), 0),
            new Page<>(List.of(failed), Page.COUNTED_UP_TO),
            new Page<>(listed, Page.COUNTED_UP_TO),
            ChannelType.EMAIL);

    assertThat(email.subject())
        .isEqualTo(
            "Your digest for Wednesday 1 April: 0 dates, 0 reminders due, 1000 or more failed,"
                + " 1000 or more open tasks");
    assertThat(email.text())
        .contains("Failed reminders (1000 or more)\n• failed Tue 31 Mar 10:00 — Sarah Chen")
        .contains("• and at least 999 more\n\nOpen tasks (1000 or more)\n• Sarah Chen")
        .contains("• Sarah Chen — Project 10: Task 10\n• and at least 990 more");
  }

  @Test
  void an_admins_dates_counted_up_to_the_calendars_bound_read_as_at_least_that_many() {
    List<CalendarEntry> one = List.of(occurrence("Errand", LocalDate.of(2026, 4, 2), 1));
    int bound = OrganizationCalendar.UPCOMING_COUNTED_UP_TO;

    ComposedMessage admins = compose(true, new Page<>(one, bound));
    ComposedMessage concierges = compose(false, new Page<>(one, bound));

    assertThat(admins.subject()).contains(": " + bound + " or more dates,");
    assertThat(admins.text())
        .contains("Dates (" + bound + " or more)")
        .contains("• and at least " + (bound - 1) + " more");
    assertThat(concierges.subject()).contains(": " + bound + " dates,");
    assertThat(concierges.text()).contains("Dates (" + bound + ")\n");
  }

  @Test
  void a_total_below_the_bound_is_exact() {
    ComposedMessage email =
        compose(
            new Page<>(List.of(), 0),
            new Page<>(List.of(), 0),
            new Page<>(
                List.of(
                    new DigestTask(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        SARAH,
                        "Sarah Chen",
                        "Boat",
                        "Call the club",
                        null)),
                999),
            ChannelType.EMAIL);

    assertThat(email.subject()).endsWith(", 0 failed, 999 open tasks");
    assertThat(email.text()).contains("Open tasks (999)").contains("• and 998 more");
  }

  private static ComposedMessage compose(Page<CalendarEntry> dates, ChannelType channel) {
    return compose(false, dates, new Page<>(List.of(), 0), new Page<>(List.of(), 0), channel);
  }

  private static ComposedMessage compose(boolean allClients, Page<CalendarEntry> dates) {
    return compose(
        allClients, dates, new Page<>(List.of(), 0), new Page<>(List.of(), 0), ChannelType.EMAIL);
  }

  private static ComposedMessage compose(
      Page<CalendarEntry> dates,
      Page<DigestReminder> failedReminders,
      Page<DigestTask> openTasks,
      ChannelType channel) {
    return compose(false, dates, failedReminders, openTasks, channel);
  }

  private static ComposedMessage compose(
      boolean allClients,
      Page<CalendarEntry> dates,
      Page<DigestReminder> failedReminders,
      Page<DigestTask> openTasks,
      ChannelType channel) {
    DigestContent content =
        new DigestContent(
            new DigestRecipient(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "cleo@example.com",
                "Cleo",
                allClients ? ApiRole.ADMIN : ApiRole.CONCIERGE,
                LONDON),
            allClients,
            Instant.parse("2026-04-01T07:00:00Z"),
            LONDON,
            14,
            dates,
            new Page<>(List.of(), 0),
            failedReminders,
            openTasks);
    return new DigestTemplate().compose(content, channel);
  }

  private static CalendarEntry occurrence(String title, LocalDate date, long daysUntil) {
    return occurrence("Sarah Chen", LONDON, title, date, daysUntil);
  }

  private static CalendarEntry occurrence(
      String name, ZoneId zone, String title, LocalDate date, long daysUntil) {
    return new CalendarEntry(
        SARAH,
        name,
        zone,
        new UpcomingDateSummary(
            UUID.randomUUID(), title, date, date, date, null, null, null, daysUntil, 0));
  }
}
