package dev.concierge.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expansion in a zone: wall-clock rules, java.time's gap and overlap resolution, UTC UNTIL. */
class ZonedRecurrenceTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");

  @Test
  void a_daily_rule_keeps_its_wall_clock_time_across_dst_in_new_york() {
    assertThat(offsets("FREQ=DAILY;COUNT=3", LocalDateTime.of(2026, 3, 7, 9, 0), NEW_YORK))
        .containsExactly(
            OffsetDateTime.parse("2026-03-07T09:00-05:00"),
            OffsetDateTime.parse("2026-03-08T09:00-04:00"),
            OffsetDateTime.parse("2026-03-09T09:00-04:00"));
  }

  @Test
  void a_time_in_the_spring_forward_gap_moves_forward_by_the_gap() {
    assertThat(offsets("FREQ=DAILY;COUNT=3", LocalDateTime.of(2026, 3, 7, 2, 30), NEW_YORK))
        .containsExactly(
            OffsetDateTime.parse("2026-03-07T02:30-05:00"),
            OffsetDateTime.parse("2026-03-08T03:30-04:00"),
            OffsetDateTime.parse("2026-03-09T02:30-04:00"));
  }

  @Test
  void a_time_in_the_fall_back_overlap_takes_the_earlier_offset() {
    assertThat(offsets("FREQ=DAILY;COUNT=2", LocalDateTime.of(2026, 10, 31, 1, 30), NEW_YORK))
        .containsExactly(
            OffsetDateTime.parse("2026-10-31T01:30-04:00"),
            OffsetDateTime.parse("2026-11-01T01:30-04:00"));
  }

  @Test
  void hourly_wall_clock_occurrences_in_a_gap_can_share_an_instant_as_in_dateutil() {
    List<OffsetDateTime> occurrences =
        offsets("FREQ=HOURLY;BYMINUTE=30;COUNT=4", LocalDateTime.of(2026, 3, 8, 0, 30), NEW_YORK);

    assertThat(occurrences)
        .containsExactly(
            OffsetDateTime.parse("2026-03-08T00:30-05:00"),
            OffsetDateTime.parse("2026-03-08T01:30-05:00"),
            OffsetDateTime.parse("2026-03-08T03:30-04:00"),
            OffsetDateTime.parse("2026-03-08T03:30-04:00"));
  }

  @Test
  void weekly_in_london_stays_at_nine_across_british_summer_time() {
    assertThat(offsets("FREQ=WEEKLY;COUNT=2", LocalDateTime.of(2026, 3, 22, 9, 0), LONDON))
        .containsExactly(
            OffsetDateTime.parse("2026-03-22T09:00Z"),
            OffsetDateTime.parse("2026-03-29T09:00+01:00"));
  }

  @Test
  void sydney_leaves_daylight_saving_in_april() {
    assertThat(offsets("FREQ=DAILY;COUNT=3", LocalDateTime.of(2026, 4, 4, 2, 30), SYDNEY))
        .containsExactly(
            OffsetDateTime.parse("2026-04-04T02:30+11:00"),
            OffsetDateTime.parse("2026-04-05T02:30+11:00"),
            OffsetDateTime.parse("2026-04-06T02:30+10:00"));
  }

  @Test
  void kolkata_has_a_half_hour_offset_and_no_daylight_saving() {
    assertThat(
            offsets(
                "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=2", LocalDateTime.of(2026, 3, 1, 9, 0), KOLKATA))
        .containsExactly(
            OffsetDateTime.parse("2026-03-31T09:00+05:30"),
            OffsetDateTime.parse("2026-04-30T09:00+05:30"));
  }

  @Test
  void lord_howe_shifts_by_half_an_hour() {
    // 4 October 2026: 02:00 becomes 02:30 (+10:30 to +11:00); 02:15 does not exist.
    assertThat(offsets("FREQ=DAILY;COUNT=3", LocalDateTime.of(2026, 10, 3, 2, 15), LORD_HOWE))
        .containsExactly(
            OffsetDateTime.parse("2026-10-03T02:15+10:30"),
            OffsetDateTime.parse("2026-10-04T02:45+11:00"),
            OffsetDateTime.parse("2026-10-05T02:15+11:00"));
    // 5 April 2026: 02:00 becomes 01:30; 01:45 happens twice, the first time counts.
    assertThat(offsets("FREQ=DAILY;COUNT=2", LocalDateTime.of(2026, 4, 4, 1, 45), LORD_HOWE))
        .containsExactly(
            OffsetDateTime.parse("2026-04-04T01:45+11:00"),
            OffsetDateTime.parse("2026-04-05T01:45+11:00"));
  }

  @Test
  void a_utc_until_is_compared_with_the_instant_and_a_local_until_with_the_wall_clock() {
    LocalDateTime start = LocalDateTime.of(2026, 1, 1, 9, 0);

    // 14:00Z is 09:00 in New York in January: included.
    assertThat(offsets("FREQ=DAILY;UNTIL=20260103T140000Z", start, NEW_YORK)).hasSize(3);
    assertThat(offsets("FREQ=DAILY;UNTIL=20260103T135959Z", start, NEW_YORK)).hasSize(2);
    assertThat(offsets("FREQ=DAILY;UNTIL=20260103T090000", start, NEW_YORK)).hasSize(3);
    assertThat(offsets("FREQ=DAILY;UNTIL=20260103", start, NEW_YORK)).hasSize(2);
  }

  @Test
  void first_on_or_after_an_instant_skips_to_the_right_period() {
    ZonedRecurrence recurrence =
        new ZonedRecurrence(
            RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=-1FR"),
            ZonedDateTime.of(LocalDateTime.of(2000, 1, 28, 17, 0), SYDNEY));

    // 2026-03-27 17:00 in Sydney (+11:00) is 06:00Z.
    assertThat(recurrence.firstOnOrAfter(Instant.parse("2026-03-27T06:00:00Z")))
        .map(ZonedDateTime::toOffsetDateTime)
        .contains(OffsetDateTime.parse("2026-03-27T17:00+11:00"));
    assertThat(recurrence.firstOnOrAfter(Instant.parse("2026-03-27T06:00:01Z")))
        .map(ZonedDateTime::toOffsetDateTime)
        .contains(OffsetDateTime.parse("2026-04-24T17:00+10:00"));
  }

  private static List<OffsetDateTime> offsets(String rule, LocalDateTime start, ZoneId zone) {
    return new ZonedRecurrence(RecurrenceRule.parse(rule), ZonedDateTime.of(start, zone))
        .occurrences()
        .limit(50)
        .map(ZonedDateTime::toOffsetDateTime)
        .toList();
  }
}
