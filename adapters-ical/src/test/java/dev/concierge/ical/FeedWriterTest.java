package dev.concierge.ical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.calendar.CalendarDocument;
import dev.concierge.core.calendar.CalendarEntry;
import dev.concierge.core.model.Metadata;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The feed text, checked line by line against RFC 5545 and parsed back with ical4j. */
class FeedWriterTest {
  private static final Instant CHANGED = Instant.parse("2026-11-30T10:15:00Z");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final UUID BIRTHDAY = UUID.fromString("6f1c1d7e-0000-4000-8000-000000000001");
  private static final UUID DINNER = UUID.fromString("6f1c1d7e-0000-4000-8000-000000000002");

  private final FeedWriter writer = new FeedWriter();

  private static CalendarEntry birthday(String title, String notes) {
    return new CalendarEntry(
        BIRTHDAY,
        UUID.randomUUID(),
        "Sarah Chen",
        NEW_YORK,
        title,
        LocalDate.of(1985, 3, 15),
        "FREQ=YEARLY",
        notes,
        Metadata.EMPTY,
        List.of(14, 1),
        CHANGED);
  }

  private static CalendarEntry dinnerInParis() {
    return new CalendarEntry(
        DINNER,
        UUID.randomUUID(),
        "Sarah Chen",
        NEW_YORK,
        "Dinner at Le Cinq",
        LocalDate.of(2026, 3, 15),
        "FREQ=MONTHLY",
        null,
        Metadata.of(Map.of("calendar", Map.of("start_time", "19:30", "timezone", "Europe/Paris"))),
        List.of(2),
        CHANGED);
  }

  private String feed(CalendarEntry... entries) {
    return writer.write(
        new CalendarDocument("Sarah Chen", LocalTime.of(9, 0), false, List.of(entries)));
  }

  @Test
  void every_line_ends_in_crlf_and_none_is_longer_than_75_octets_even_in_accented_text() {
    String text =
        feed(
            birthday(
                "Anniversaire de mariage de Léa et Théo — à fêter à l'Élysée " + "é".repeat(80),
                null));

    assertThat(text).endsWith("\r\n").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
    for (String line : text.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    assertThat(text).contains("\r\n ");
  }

  @Test
  void commas_semicolons_backslashes_and_newlines_are_escaped_and_read_back_as_written()
      throws Exception {
    String title = "Mom's birthday, lilies; never roses \\ ever";
    String notes = "Call the florist.\nThen the restaurant, table for 4; window.";

    String text = feed(birthday(title, notes));

    assertThat(unfold(text))
        .contains("SUMMARY:Mom's birthday\\, lilies\\; never roses \\\\ ever\r\n")
        .contains(
            "DESCRIPTION:Call the florist.\\nThen the restaurant\\, table for 4\\; window.\r\n");
    VEvent event = parse(text).<VEvent>getComponents(VEvent.VEVENT).get(0);
    assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(title);
    assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).isEqualTo(notes);
  }

  @Test
  void an_all_day_date_starts_with_value_date_and_carries_its_rule_as_stored() {
    String text = unfold(feed(birthday("Birthday", null)));

    assertThat(text)
        .contains("\r\nDTSTART;VALUE=DATE:19850315\r\n")
        .contains("\r\nRRULE:FREQ=YEARLY\r\n")
        .doesNotContain("TZID")
        .doesNotContain("BEGIN:VTIMEZONE");
  }

  @Test
  void a_timed_date_names_its_zone_and_the_feed_defines_that_zone_once() throws Exception {
    String text = unfold(feed(dinnerInParis(), birthday("Birthday", null)));

    assertThat(text).contains("\r\nDTSTART;TZID=Europe/Paris:20260315T193000\r\n");
    assertThat(text.split("BEGIN:VTIMEZONE", -1)).hasSize(2);
    assertThat(text).contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n");
    VEvent dinner = parse(text).<VEvent>getComponents(VEvent.VEVENT).get(0);
    assertThat(dinner.getDateTimeStart().getDate().toString()).startsWith("2026-03-15T19:30+01:00");
  }

  @Test
  void lead_time_reminders_are_alarms_at_the_send_time_so_many_days_before() {
    String text = unfold(feed(birthday("Birthday", null), dinnerInParis()));

    // 14 days before midnight, then 09:00; 1 day before; 2 days before 19:30 at 09:00
    assertThat(text)
        .contains("TRIGGER:-P13DT15H\r\n")
        .contains("TRIGGER:-PT15H\r\n")
        .contains("TRIGGER:-P2DT10H30M\r\n");
    assertThat(text.split("BEGIN:VALARM", -1)).hasSize(4);
  }

  @Test
  void the_calendar_names_product_and_version_and_the_same_data_gives_the_same_bytes() {
    String first = feed(birthday("Birthday", null), dinnerInParis());
    String second = feed(birthday("Birthday", null), dinnerInParis());

    assertThat(first).isEqualTo(second);
    assertThat(first)
        .startsWith("BEGIN:VCALENDAR\r\n")
        .contains("\r\nPRODID:" + FeedWriter.PRODUCT + "\r\n", "\r\nVERSION:2.0\r\n")
        .contains("\r\nUID:" + BIRTHDAY + "@dates.concierge.dev\r\n")
        .contains("\r\nDTSTAMP:20261130T101500Z\r\n")
        .endsWith("END:VCALENDAR\r\n");
  }

  @Test
  void an_organizations_feed_says_whose_date_each_event_is() {
    String text =
        writer.write(
            new CalendarDocument(
                "Maison", LocalTime.of(9, 0), true, List.of(birthday("Birthday", null))));

    assertThat(text).contains("SUMMARY:Sarah Chen: Birthday\r\n");
  }

  static String unfold(String text) {
    return text.replace("\r\n ", "");
  }

  static Calendar parse(String text) throws Exception {
    return new CalendarBuilder().build(new StringReader(text));
  }

  @Test
  void lines_are_folded_by_octets_never_inside_a_character() {
    String folded = LineFolding.fold("SUMMARY:" + "日本".repeat(40) + "\r\n");

    assertThat(
            Arrays.stream(folded.split("\r\n")).map(l -> l.getBytes(StandardCharsets.UTF_8).length))
        .allMatch(n -> n <= 75);
    assertThat(folded.replace("\r\n ", "")).isEqualTo("SUMMARY:" + "日本".repeat(40) + "\r\n");
  }
}
