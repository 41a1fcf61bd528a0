package dev.concierge.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A date item's next occurrence: VEVENT semantics, leap days, month and year ends, "today". */
class NextOccurrenceTest {

  private static final LocalDate LEAP_DAY = LocalDate.of(2024, 2, 29);

  @Test
  void a_one_off_date_occurs_once() {
    RecurringDate party = RecurringDate.once(LocalDate.of(2026, 6, 1));

    assertThat(party.nextOnOrAfter(LocalDate.of(2026, 5, 1))).contains(LocalDate.of(2026, 6, 1));
    assertThat(party.nextOnOrAfter(LocalDate.of(2026, 6, 1))).contains(LocalDate.of(2026, 6, 1));
    assertThat(party.nextOnOrAfter(LocalDate.of(2026, 6, 2))).isEmpty();
    assertThat(RecurringDate.of(LocalDate.of(2026, 6, 1), "  ", LeapDayPolicy.FEB_28))
        .isEqualTo(party);
  }

  @Test
  void a_yearly_birthday_occurring_today_is_today() {
    RecurringDate birthday = yearly(LocalDate.of(1990, 3, 15));

    assertThat(birthday.nextOnOrAfter(LocalDate.of(2026, 3, 15)))
        .contains(LocalDate.of(2026, 3, 15));
    assertThat(birthday.nextOnOrAfter(LocalDate.of(2026, 3, 16)))
        .contains(LocalDate.of(2027, 3, 15));
  }

  @Test
  void a_leap_day_birthday_falls_on_february_28_in_common_years() {
    RecurringDate birthday = yearly(LEAP_DAY);

    assertThat(birthday.nextOnOrAfter(LocalDate.of(2027, 1, 1)))
        .contains(LocalDate.of(2027, 2, 28));
    assertThat(birthday.nextOnOrAfter(LocalDate.of(2027, 3, 1)))
        .contains(LocalDate.of(2028, 2, 29));
    assertThat(birthday.nextOnOrAfter(LocalDate.of(2028, 2, 28)))
        .contains(LocalDate.of(2028, 2, 29));
    assertThat(birthday.occurrences().limit(5))
        .containsExactly(
            LEAP_DAY,
            LocalDate.of(2025, 2, 28),
            LocalDate.of(2026, 2, 28),
            LocalDate.of(2027, 2, 28),
            LocalDate.of(2028, 2, 29));
  }

  @Test
  void strict_leap_day_policy_occurs_in_leap_years_only() {
    RecurringDate strict = RecurringDate.of(LEAP_DAY, "FREQ=YEARLY", LeapDayPolicy.STRICT);

    assertThat(strict.nextOnOrAfter(LocalDate.of(2027, 1, 1))).contains(LocalDate.of(2028, 2, 29));
    assertThat(strict.occurrences().limit(3))
        .containsExactly(LEAP_DAY, LocalDate.of(2028, 2, 29), LocalDate.of(2032, 2, 29));
  }

  @Test
  void the_leap_day_policy_also_applies_to_an_explicit_february_29_rule_with_count() {
    RecurringDate anniversary =
        RecurringDate.of(
            LEAP_DAY, "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;COUNT=3", LeapDayPolicy.FEB_28);

    assertThat(anniversary.occurrences())
        .containsExactly(LEAP_DAY, LocalDate.of(2025, 2, 28), LocalDate.of(2026, 2, 28));
    assertThat(anniversary.nextOnOrAfter(LocalDate.of(2026, 3, 1))).isEmpty();
  }

  @Test
  void the_leap_day_policy_leaves_rules_that_say_more_alone() {
    // "29 February when it is a Monday" is not a birthday; it keeps its RFC meaning.
    RecurringDate mondays =
        RecurringDate.of(
            LEAP_DAY, "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO", LeapDayPolicy.FEB_28);

    assertThat(mondays.nextOnOrAfter(LocalDate.of(2024, 3, 1))).contains(LocalDate.of(2044, 2, 29));
  }

  @Test
  void a_rule_that_does_not_match_its_date_still_occurs_on_the_date_first() {
    // A Wednesday with "every Monday, 3 times": the date counts as the first of the three.
    RecurringDate meeting =
        RecurringDate.of(
            LocalDate.of(2026, 3, 4), "FREQ=WEEKLY;BYDAY=MO;COUNT=3", LeapDayPolicy.FEB_28);

    assertThat(meeting.occurrences())
        .containsExactly(
            LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 16));
    assertThat(meeting.nextOnOrAfter(LocalDate.of(2026, 3, 5))).contains(LocalDate.of(2026, 3, 9));
    assertThat(meeting.nextOnOrAfter(LocalDate.of(2026, 3, 17))).isEmpty();
  }

  @Test
  void an_until_before_the_date_leaves_only_the_date() {
    RecurringDate item =
        RecurringDate.of(
            LocalDate.of(2026, 3, 4), "FREQ=DAILY;UNTIL=20260101", LeapDayPolicy.FEB_28);

    assertThat(item.occurrences()).containsExactly(LocalDate.of(2026, 3, 4));
  }

  @Test
  void monthly_on_the_31st_skips_short_months_and_last_day_rules_hit_every_month() {
    RecurringDate on31st =
        RecurringDate.of(LocalDate.of(2026, 1, 31), "FREQ=MONTHLY", LeapDayPolicy.FEB_28);
    RecurringDate lastDay =
        RecurringDate.of(
            LocalDate.of(2026, 1, 31), "FREQ=MONTHLY;BYMONTHDAY=-1", LeapDayPolicy.FEB_28);

    assertThat(on31st.nextOnOrAfter(LocalDate.of(2026, 2, 1))).contains(LocalDate.of(2026, 3, 31));
    assertThat(on31st.nextOnOrAfter(LocalDate.of(2026, 4, 1))).contains(LocalDate.of(2026, 5, 31));
    assertThat(lastDay.nextOnOrAfter(LocalDate.of(2026, 2, 1))).contains(LocalDate.of(2026, 2, 28));
    assertThat(lastDay.nextOnOrAfter(LocalDate.of(2028, 2, 1))).contains(LocalDate.of(2028, 2, 29));
  }

  @Test
  void year_end_dates_roll_into_the_next_year() {
    RecurringDate newYearsEve = yearly(LocalDate.of(2000, 12, 31));
    RecurringDate fortnightly =
        RecurringDate.of(
            LocalDate.of(2026, 12, 24), "FREQ=WEEKLY;INTERVAL=2", LeapDayPolicy.FEB_28);

    assertThat(newYearsEve.nextOnOrAfter(LocalDate.of(2026, 12, 31)))
        .contains(LocalDate.of(2026, 12, 31));
    assertThat(newYearsEve.nextOnOrAfter(LocalDate.of(2027, 1, 1)))
        .contains(LocalDate.of(2027, 12, 31));
    assertThat(fortnightly.nextOnOrAfter(LocalDate.of(2026, 12, 25)))
        .contains(LocalDate.of(2027, 1, 7));
  }

  @Test
  void interval_count_and_until_bound_a_simple_yearly_rule() {
    RecurringDate everyOtherYear =
        RecurringDate.of(
            LocalDate.of(2020, 5, 1), "FREQ=YEARLY;INTERVAL=2;COUNT=3", LeapDayPolicy.FEB_28);
    RecurringDate untilDate =
        RecurringDate.of(
            LocalDate.of(2020, 5, 1), "FREQ=YEARLY;UNTIL=20250501", LeapDayPolicy.FEB_28);

    assertThat(everyOtherYear.nextOnOrAfter(LocalDate.of(2021, 1, 1)))
        .contains(LocalDate.of(2022, 5, 1));
    assertThat(everyOtherYear.nextOnOrAfter(LocalDate.of(2024, 5, 2))).isEmpty();
    assertThat(untilDate.nextOnOrAfter(LocalDate.of(2025, 5, 1)))
        .contains(LocalDate.of(2025, 5, 1));
    assertThat(untilDate.nextOnOrAfter(LocalDate.of(2025, 5, 2))).isEmpty();
  }

  @Test
  void a_complex_rule_goes_through_the_general_engine() {
    RecurringDate lastWeekday =
        RecurringDate.of(
            LocalDate.of(2026, 1, 30),
            "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
            LeapDayPolicy.FEB_28);

    assertThat(lastWeekday.nextOnOrAfter(LocalDate.of(2026, 2, 1)))
        .contains(LocalDate.of(2026, 2, 27));
    assertThat(lastWeekday.nextOnOrAfter(LocalDate.of(2026, 5, 1)))
        .contains(LocalDate.of(2026, 5, 29));
  }

  @Test
  void today_is_the_date_in_the_persons_zone() {
    // 03:00 UTC on 1 March 2026 is still 28 February in New York, already 1 March in Kolkata.
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T03:00:00Z"), ZoneOffset.UTC);
    RecurringDate birthday = yearly(LocalDate.of(1980, 2, 28));

    assertThat(Today.in(ZoneId.of("America/New_York"), clock)).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(Today.in(ZoneId.of("Asia/Kolkata"), clock)).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(NextOccurrence.fromToday(birthday, ZoneId.of("America/New_York"), clock))
        .contains(LocalDate.of(2026, 2, 28));
    assertThat(NextOccurrence.fromToday(birthday, ZoneId.of("Asia/Kolkata"), clock))
        .contains(LocalDate.of(2027, 2, 28));
  }

  @Test
  void a_date_recurs_at_most_daily() {
    assertThatThrownBy(
            () -> RecurringDate.of(LocalDate.of(2026, 1, 1), "FREQ=HOURLY", LeapDayPolicy.FEB_28))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "recurrence_rule: FREQ=HOURLY is finer than a day; a date recurs at most daily");
    RecurringDate twiceADay =
        RecurringDate.of(LocalDate.of(2026, 1, 1), "FREQ=DAILY;BYHOUR=9,17", LeapDayPolicy.FEB_28);
    assertThat(twiceADay.occurrences().limit(3))
        .containsExactly(
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3));
  }

  @Test
  void an_invalid_stored_rule_is_reported_on_the_recurrence_rule_field() {
    assertThatThrownBy(
            () ->
                RecurringDate.of(
                    LocalDate.of(2026, 1, 1), "FREQ=YEARLY;BYMONTH=13", LeapDayPolicy.FEB_28))
        .isInstanceOf(ValidationException.class)
        .hasMessage("recurrence_rule: BYMONTH=13 is out of range 1..12");
  }

  private static RecurringDate yearly(LocalDate date) {
    return RecurringDate.of(date, "FREQ=YEARLY", LeapDayPolicy.FEB_28);
  }
}
