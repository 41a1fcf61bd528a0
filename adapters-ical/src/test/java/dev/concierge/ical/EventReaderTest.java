package dev.concierge.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.calendar.CalendarDocument;
import dev.concierge.core.calendar.CalendarEntry;
import dev.concierge.core.calendar.EventStart;
import dev.concierge.core.calendar.ImportedEvent;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.model.Metadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Files as Google Calendar, Outlook and Apple Calendar export them, and our own feeds, read. */
class EventReaderTest {
  private final IcalCalendarFormat format = new IcalCalendarFormat();

  private List<ImportedEvent> fixture(String name) {
    try (InputStream in = getClass().getResourceAsStream("/calendars/" + name)) {
      return format.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void a_google_export_gives_all_day_timed_and_utc_starts_and_says_what_it_leaves_out() {
    List<ImportedEvent> events = fixture("google.ics");

    assertThat(events).hasSize(5);
    ImportedEvent birthday = events.get(0);
    assertThat(birthday.uid()).isEqualTo("4q1b2c3d4e5f6g7h8i9j0k@google.com");
    assertThat(birthday.start()).isEqualTo(new EventStart.AllDay(LocalDate.of(1985, 3, 15)));
    assertThat(birthday.recurrenceRule()).isEqualTo("FREQ=YEARLY");
    assertThat(birthday.description())
        .isEqualTo("Lilies, never roses.\nCall the florist a week ahead.");
    assertThat(birthday.alarmOffsets()).containsExactly(Duration.ofDays(-13).minusHours(15));
    ImportedEvent piano = events.get(1);
    assertThat(piano.start())
        .isEqualTo(
            new EventStart.WallClock(
                LocalDateTime.of(2026, 1, 5, 18, 30), ZoneId.of("America/New_York")));
    assertThat(piano.recurrenceRule()).isEqualTo("FREQ=WEEKLY;BYDAY=MO");
    assertThat(piano.warnings()).singleElement().asString().contains("EXDATE");
    assertThat(events.get(2).unusable()).contains("RECURRENCE-ID");
    assertThat(events.get(3).start())
        .isEqualTo(new EventStart.Utc(Instant.parse("2026-06-02T22:15:00Z")));
    assertThat(events.get(4).unusable()).isEqualTo("is cancelled");
  }

  @Test
  void an_outlook_export_maps_windows_zone_names_and_falls_back_for_a_custom_zone() {
    List<ImportedEvent> events = fixture("outlook.ics");

    assertThat(events).hasSize(3);
    assertThat(events.get(0).summary()).isEqualTo("Foundation board");
    assertThat(events.get(0).start())
        .isEqualTo(
            new EventStart.WallClock(
                LocalDateTime.of(2026, 1, 30, 9, 30), ZoneId.of("Europe/Berlin")));
    assertThat(events.get(0).recurrenceRule()).isEqualTo("FREQ=MONTHLY;BYDAY=-1FR");
    assertThat(events.get(0).alarmOffsets()).containsExactly(Duration.ofMinutes(-15));
    assertThat(events.get(1).start()).isEqualTo(new EventStart.AllDay(LocalDate.of(2026, 7, 4)));
    assertThat(events.get(2).start())
        .isEqualTo(new EventStart.WallClock(LocalDateTime.of(2026, 3, 15, 10, 0), null));
    assertThat(events.get(2).warnings())
        .singleElement()
        .asString()
        .contains("Customized Time Zone");
  }

  @Test
  void an_apple_export_keeps_its_accents_and_its_yearly_rule() {
    List<ImportedEvent> events = fixture("apple.ics");

    assertThat(events).hasSize(2);
    assertThat(events.get(0).start()).isEqualTo(new EventStart.AllDay(LocalDate.of(2010, 6, 12)));
    assertThat(events.get(0).recurrenceRule()).isEqualTo("FREQ=YEARLY;INTERVAL=1");
    assertThat(events.get(0).alarmOffsets()).containsExactly(Duration.ofDays(-6).minusHours(15));
    assertThat(events.get(1).summary()).isEqualTo("Rentrée scolaire — Léa");
    assertThat(events.get(1).start())
        .isEqualTo(
            new EventStart.WallClock(
                LocalDateTime.of(2026, 9, 8, 8, 30), ZoneId.of("Europe/Paris")));
  }

  @Test
  void text_that_is_no_icalendar_is_refused_on_the_body() {
    for (String text :
        List.of(
            "",
            "hello",
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n",
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261345\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")) {
      try {
        List<ImportedEvent> events = format.read(text);
        // ical4j may accept a value it cannot use: then the event says why it is unusable
        assertThat(events).allMatch(e -> e.unusable() != null);
      } catch (ValidationException e) {
        assertThat(e.errors()).singleElement().extracting(f -> f.field()).isEqualTo("body");
      }
    }
    assertThatThrownBy(() -> format.read("hello")).isInstanceOf(ValidationException.class);
  }

  @Test
  void our_own_feed_reads_back_to_the_dates_rules_and_uids_it_was_written_from() {
    UUID id = UUID.randomUUID();
    String text =
        format.write(
            new CalendarDocument(
                "Sarah",
                LocalTime.of(9, 0),
                false,
                List.of(
                    new CalendarEntry(
                        id,
                        UUID.randomUUID(),
                        "Sarah",
                        ZoneId.of("Asia/Kathmandu"),
                        "Birthday",
                        LocalDate.of(2000, 2, 29),
                        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1",
                        null,
                        Metadata.EMPTY,
                        List.of(7),
                        Instant.parse("2026-01-01T00:00:00Z")))));

    ImportedEvent event = format.read(text).get(0);

    assertThat(event.uid()).isEqualTo(id + "@dates.concierge.dev");
    assertThat(event.start()).isEqualTo(new EventStart.AllDay(LocalDate.of(2000, 2, 29)));
    assertThat(event.recurrenceRule()).isEqualTo("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1");
    assertThat(event.alarmOffsets()).containsExactly(Duration.ofDays(-7).plusHours(9));
  }
}
