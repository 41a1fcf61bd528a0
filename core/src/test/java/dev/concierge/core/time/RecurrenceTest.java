package dev.concierge.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.ValidationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Expansion of floating (zone-less) starts: semantics, sparse rules, bounds. */
class RecurrenceTest {

  @Test
  void the_start_is_an_occurrence_only_when_it_matches_the_rule() {
    LocalDateTime wednesday = LocalDateTime.of(2026, 3, 4, 9, 0);

    assertThat(first("FREQ=WEEKLY;BYDAY=MO;COUNT=2", wednesday, 5))
        .containsExactly(LocalDateTime.of(2026, 3, 9, 9, 0), LocalDateTime.of(2026, 3, 16, 9, 0));
    assertThat(first("FREQ=WEEKLY;BYDAY=WE;COUNT=2", wednesday, 5))
        .containsExactly(wednesday, LocalDateTime.of(2026, 3, 11, 9, 0));
  }

  @Test
  void a_date_start_expands_from_its_midnight() {
    Recurrence recurrence =
        Recurrence.startingOn(
            RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=-1FR;COUNT=2"), LocalDate.of(2026, 1, 1));

    assertThat(recurrence.occurrences())
        .containsExactly(LocalDateTime.of(2026, 1, 30, 0, 0), LocalDateTime.of(2026, 2, 27, 0, 0));
  }

  @Test
  void monthly_on_the_31st_skips_months_without_one() {
    assertThat(first("FREQ=MONTHLY", LocalDateTime.of(2026, 1, 31, 8, 0), 4))
        .extracting(LocalDateTime::toLocalDate)
        .containsExactly(
            LocalDate.of(2026, 1, 31),
            LocalDate.of(2026, 3, 31),
            LocalDate.of(2026, 5, 31),
            LocalDate.of(2026, 7, 31));
  }

  @Test
  void monthday_minus_one_is_the_last_day_of_every_month() {
    assertThat(first("FREQ=MONTHLY;BYMONTHDAY=-1", LocalDateTime.of(2028, 1, 1, 0, 0), 3))
        .extracting(LocalDateTime::toLocalDate)
        .containsExactly(
            LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31));
  }

  @Test
  void weekly_occurrences_run_across_the_end_of_a_year() {
    assertThat(first("FREQ=WEEKLY;BYDAY=TH,SA", LocalDateTime.of(2026, 12, 24, 7, 0), 4))
        .extracting(LocalDateTime::toLocalDate)
        .containsExactly(
            LocalDate.of(2026, 12, 24),
            LocalDate.of(2026, 12, 26),
            LocalDate.of(2026, 12, 31),
            LocalDate.of(2027, 1, 2));
  }

  @Test
  void until_as_a_date_means_its_midnight_like_dateutil() {
    LocalDateTime start = LocalDateTime.of(2026, 1, 1, 9, 0);

    assertThat(first("FREQ=DAILY;UNTIL=20260103", start, 10))
        .containsExactly(start, start.plusDays(1));
    assertThat(first("FREQ=DAILY;UNTIL=20260103T090000", start, 10))
        .containsExactly(start, start.plusDays(1), start.plusDays(2));
  }

  @Test
  void count_counts_from_the_start_even_when_asking_from_a_later_time() {
    Recurrence recurrence =
        new Recurrence(
            RecurrenceRule.parse("FREQ=DAILY;COUNT=5"), LocalDateTime.of(2026, 1, 1, 9, 0));

    assertThat(recurrence.occurrencesOnOrAfter(LocalDateTime.of(2026, 1, 4, 0, 0)).toList())
        .containsExactly(LocalDateTime.of(2026, 1, 4, 9, 0), LocalDateTime.of(2026, 1, 5, 9, 0));
    assertThat(recurrence.firstOnOrAfter(LocalDateTime.of(2026, 1, 5, 9, 0, 1))).isEmpty();
  }

  @Test
  void first_on_or_after_counts_an_occurrence_at_that_very_time() {
    Recurrence recurrence =
        new Recurrence(
            RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"),
            LocalDateTime.of(2020, 1, 31, 9, 0));

    assertThat(recurrence.firstOnOrAfter(LocalDateTime.of(2026, 2, 27, 9, 0)))
        .contains(LocalDateTime.of(2026, 2, 27, 9, 0));
    assertThat(recurrence.firstOnOrAfter(LocalDateTime.of(2026, 2, 27, 9, 1)))
        .contains(LocalDateTime.of(2026, 3, 31, 9, 0));
    assertThat(recurrence.firstOnOrAfter(LocalDateTime.of(2019, 1, 1, 0, 0)))
        .contains(LocalDateTime.of(2020, 1, 31, 9, 0));
  }

  @Test
  void sub_second_precision_of_the_start_is_dropped() {
    assertThat(first("FREQ=DAILY;COUNT=1", LocalDateTime.of(2026, 1, 1, 9, 0, 0, 500_000), 1))
        .containsExactly(LocalDateTime.of(2026, 1, 1, 9, 0));
  }

  @Test
  void expansion_ends_with_year_9999() {
    assertThat(first("FREQ=DAILY", LocalDateTime.of(9999, 12, 30, 12, 0), 10)).hasSize(2);
    assertThat(first("FREQ=YEARLY", LocalDateTime.of(9998, 6, 1, 12, 0), 10)).hasSize(2);
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  void a_secondly_rule_whose_first_match_is_a_year_away_answers_at_once() {
    List<LocalDateTime> occurrences =
        first(
            "FREQ=SECONDLY;BYMONTH=12;BYMONTHDAY=31;BYHOUR=23;BYMINUTE=59;BYSECOND=59",
            LocalDateTime.of(2026, 1, 1, 0, 0),
            3);

    assertThat(occurrences)
        .containsExactly(
            LocalDateTime.of(2026, 12, 31, 23, 59, 59),
            LocalDateTime.of(2027, 12, 31, 23, 59, 59),
            LocalDateTime.of(2028, 12, 31, 23, 59, 59));
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void rules_that_can_never_match_end_instead_of_looping() {
    LocalDateTime start = LocalDateTime.of(2026, 1, 1, 0, 0);

    assertThat(first("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", start, 1)).isEmpty();
    assertThat(first("FREQ=MONTHLY;BYMONTH=4,6,9,11;BYMONTHDAY=31", start, 1)).isEmpty();
    assertThat(first("FREQ=WEEKLY;INTERVAL=2;BYMONTHDAY=31;BYMONTH=2", start, 1)).isEmpty();
    assertThat(first("FREQ=DAILY;BYYEARDAY=60;BYMONTHDAY=31", start, 1)).isEmpty();
    assertThat(first("FREQ=DAILY;INTERVAL=7;BYDAY=MO", LocalDateTime.of(2026, 1, 4, 0, 0), 1))
        .isEmpty();
    assertThat(first("FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30", start, 1)).isEmpty();
    assertThat(first("FREQ=SECONDLY;BYYEARDAY=-366;BYMONTHDAY=2", start, 1)).isEmpty();
    assertThat(first("FREQ=SECONDLY;BYMINUTE=30;BYSETPOS=2", start, 1)).isEmpty();
    assertThat(first("FREQ=YEARLY;BYMONTH=1;BYSETPOS=2", start, 1)).isEmpty();
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void a_rule_that_matches_once_in_decades_is_still_found() {
    // 29 February on a Monday: 2016, 2044, 2072.
    assertThat(
            first(
                "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO",
                LocalDateTime.of(2017, 1, 1, 0, 0),
                2))
        .extracting(LocalDateTime::toLocalDate)
        .containsExactly(LocalDate.of(2044, 2, 29), LocalDate.of(2072, 2, 29));
    assertThat(
            first(
                "FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO;BYHOUR=12;BYMINUTE=0",
                LocalDateTime.of(2017, 1, 1, 0, 0),
                1))
        .containsExactly(LocalDateTime.of(2044, 2, 29, 12, 0));
  }

  @Test
  void a_time_of_day_the_interval_can_never_reach_is_rejected_like_dateutil_does() {
    Recurrence unreachable =
        new Recurrence(
            RecurrenceRule.parse("FREQ=HOURLY;INTERVAL=2;BYHOUR=1"),
            LocalDateTime.of(2026, 1, 1, 0, 0));

    assertThatThrownBy(unreachable::occurrences)
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("can never be reached from a start at 00:00 with INTERVAL=2");
    // Reachable hours of the same rule stay, the others are dropped, as in dateutil.
    assertThat(first("FREQ=HOURLY;INTERVAL=2;BYHOUR=1,4", LocalDateTime.of(2026, 1, 1, 0, 0), 2))
        .containsExactly(LocalDateTime.of(2026, 1, 1, 4, 0), LocalDateTime.of(2026, 1, 2, 4, 0));
  }

  @Test
  void sub_daily_intervals_keep_their_phase_across_days() {
    assertThat(first("FREQ=HOURLY;INTERVAL=5;BYHOUR=0,1,2", LocalDateTime.of(2026, 1, 1, 0, 0), 4))
        .containsExactly(
            LocalDateTime.of(2026, 1, 1, 0, 0),
            LocalDateTime.of(2026, 1, 2, 1, 0),
            LocalDateTime.of(2026, 1, 3, 2, 0),
            LocalDateTime.of(2026, 1, 6, 0, 0));
  }

  @Test
  void bysetpos_picks_within_each_sub_daily_period() {
    assertThat(
            first(
                "FREQ=HOURLY;BYMINUTE=0,20,40;BYSETPOS=-1", LocalDateTime.of(2026, 1, 1, 9, 0), 3))
        .containsExactly(
            LocalDateTime.of(2026, 1, 1, 9, 40),
            LocalDateTime.of(2026, 1, 1, 10, 40),
            LocalDateTime.of(2026, 1, 1, 11, 40));
  }

  // Where python-dateutil departs from RFC 5545 and we follow the RFC (see NOTES.md).

  @Test
  void byday_mixing_ordinal_and_plain_weekdays_means_either_unlike_dateutil() {
    // dateutil intersects the two and yields nothing; RFC 5545 lists alternatives.
    assertThat(first("FREQ=MONTHLY;BYDAY=1MO,FR", LocalDateTime.of(2026, 3, 1, 9, 0), 6))
        .extracting(LocalDateTime::toLocalDate)
        .containsExactly(
            LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 3, 6),
            LocalDate.of(2026, 3, 13),
            LocalDate.of(2026, 3, 20),
            LocalDate.of(2026, 3, 27),
            LocalDate.of(2026, 4, 3));
  }

  @Test
  void weekly_bysetpos_counts_the_whole_first_week_unlike_dateutil() {
    // dateutil counts from the start's day (Friday 6 March); the RFC's set is the whole week,
    // whose first member (Monday 2 March) precedes the start and is dropped.
    assertThat(first("FREQ=WEEKLY;BYDAY=MO,FR;BYSETPOS=1", LocalDateTime.of(2026, 3, 4, 9, 0), 2))
        .extracting(LocalDateTime::toLocalDate)
        .containsExactly(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 16));
  }

  @Test
  void week_numbers_near_new_year_follow_the_rfc_definition_unlike_dateutil() {
    // 2022-01-01 is in week 52 of 2021 (dateutil miscounts 2021's weeks as 53 and drops it).
    assertThat(first("FREQ=YEARLY;BYWEEKNO=52;BYDAY=SA", LocalDateTime.of(2021, 6, 1, 0, 0), 3))
        .extracting(LocalDateTime::toLocalDate)
        .containsExactly(
            LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), LocalDate.of(2023, 12, 30));
    // 2003-12-29 starts week 1 of 2004, which has 53 weeks, so it is week -53 (dateutil's TODO).
    assertThat(first("FREQ=YEARLY;BYWEEKNO=-53;BYDAY=MO", LocalDateTime.of(2003, 6, 1, 0, 0), 2))
        .extracting(LocalDateTime::toLocalDate)
        .containsExactly(LocalDate.of(2003, 12, 29), LocalDate.of(2008, 12, 29));
    // BYSETPOS then picks from the right set: the last Monday of week -53's 2003 part.
    assertThat(
            first(
                "FREQ=YEARLY;BYWEEKNO=-53,1;BYDAY=MO,TU;BYSETPOS=-1",
                LocalDateTime.of(2003, 6, 1, 0, 0),
                1))
        .extracting(LocalDateTime::toLocalDate)
        .containsExactly(LocalDate.of(2003, 12, 30));
  }

  @Test
  void week_start_shifts_week_numbers() {
    // With WKST=SU, week 1 of 2026 starts Sunday 4 January; with Monday, on 29 December 2025.
    assertThat(
            first("FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO;WKST=SU", LocalDateTime.of(2026, 1, 1, 0, 0), 1))
        .extracting(LocalDateTime::toLocalDate)
        .containsExactly(LocalDate.of(2026, 1, 5));
    assertThat(first("FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO", LocalDateTime.of(2025, 6, 1, 0, 0), 1))
        .extracting(LocalDateTime::toLocalDate)
        .containsExactly(LocalDate.of(2025, 12, 29));
  }

  private static List<LocalDateTime> first(String rule, LocalDateTime start, int limit) {
    return new Recurrence(RecurrenceRule.parse(rule), start).occurrences().limit(limit).toList();
  }
}
