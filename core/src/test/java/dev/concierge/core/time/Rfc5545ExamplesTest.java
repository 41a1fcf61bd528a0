package dev.concierge.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The RRULE examples of RFC 5545 §3.8.5.3, DTSTART in America/New_York, expected as the RFC lists
 * them (wall-clock times in New York). Under rrule semantics a DTSTART that does not match the rule
 * is not an instance, which only the Friday-the-13th example shows (the RFC removes that start with
 * an EXDATE).
 */
class Rfc5545ExamplesTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void daily_for_10_occurrences() {
    assertThat(expand("19970902T090000", "FREQ=DAILY;COUNT=10", 20))
        .containsExactlyElementsOf(at9(days(1997, 9, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)));
  }

  @Test
  void daily_until_december_24_1997() {
    List<LocalDateTime> all = expand("19970902T090000", "FREQ=DAILY;UNTIL=19971224T000000Z", 200);
    assertThat(all).hasSize(113);
    assertThat(all.get(0)).isEqualTo(LocalDateTime.of(1997, 9, 2, 9, 0));
    assertThat(all.get(112)).isEqualTo(LocalDateTime.of(1997, 12, 23, 9, 0));
  }

  @Test
  void every_other_day_forever() {
    assertThat(expand("19970902T090000", "FREQ=DAILY;INTERVAL=2", 5))
        .containsExactlyElementsOf(at9(days(1997, 9, 2, 4, 6, 8, 10)));
  }

  @Test
  void every_10_days_5_occurrences() {
    assertThat(expand("19970902T090000", "FREQ=DAILY;INTERVAL=10;COUNT=5", 20))
        .containsExactlyElementsOf(at9(concat(days(1997, 9, 2, 12, 22), days(1997, 10, 2, 12))));
  }

  @Test
  void every_day_in_january_for_3_years_both_forms() {
    List<LocalDateTime> expected = new ArrayList<>();
    for (int year = 1998; year <= 2000; year++) {
      for (int day = 1; day <= 31; day++) {
        expected.add(LocalDateTime.of(year, 1, day, 9, 0));
      }
    }
    assertThat(
            expand(
                "19980101T090000",
                "FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA",
                200))
        .containsExactlyElementsOf(expected);
    assertThat(expand("19980101T090000", "FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1", 200))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void weekly_for_10_occurrences() {
    assertThat(expand("19970902T090000", "FREQ=WEEKLY;COUNT=10", 20))
        .containsExactlyElementsOf(
            at9(
                concat(
                    days(1997, 9, 2, 9, 16, 23, 30),
                    days(1997, 10, 7, 14, 21, 28),
                    days(1997, 11, 4))));
  }

  @Test
  void weekly_until_december_24_1997() {
    assertThat(expand("19970902T090000", "FREQ=WEEKLY;UNTIL=19971224T000000Z", 50))
        .containsExactlyElementsOf(
            at9(
                concat(
                    days(1997, 9, 2, 9, 16, 23, 30),
                    days(1997, 10, 7, 14, 21, 28),
                    days(1997, 11, 4, 11, 18, 25),
                    days(1997, 12, 2, 9, 16, 23))));
  }

  @Test
  void every_other_week_forever() {
    assertThat(expand("19970902T090000", "FREQ=WEEKLY;INTERVAL=2;WKST=SU", 13))
        .containsExactlyElementsOf(
            at9(
                concat(
                    days(1997, 9, 2, 16, 30),
                    days(1997, 10, 14, 28),
                    days(1997, 11, 11, 25),
                    days(1997, 12, 9, 23),
                    days(1998, 1, 6, 20),
                    days(1998, 2, 3, 17))));
  }

  @Test
  void weekly_on_tuesday_and_thursday_for_five_weeks_both_forms() {
    List<LocalDateTime> expected =
        at9(concat(days(1997, 9, 2, 4, 9, 11, 16, 18, 23, 25, 30), days(1997, 10, 2)));
    assertThat(
            expand("19970902T090000", "FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH", 50))
        .containsExactlyElementsOf(expected);
    assertThat(expand("19970902T090000", "FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH", 50))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void every_other_week_on_monday_wednesday_friday_until_december_24() {
    assertThat(
            expand(
                "19970901T090000",
                "FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR",
                50))
        .containsExactlyElementsOf(
            at9(
                concat(
                    days(1997, 9, 1, 3, 5, 15, 17, 19, 29),
                    days(1997, 10, 1, 3, 13, 15, 17, 27, 29, 31),
                    days(1997, 11, 10, 12, 14, 24, 26, 28),
                    days(1997, 12, 8, 10, 12, 22))));
  }

  @Test
  void every_other_week_on_tuesday_and_thursday_for_8_occurrences() {
    assertThat(expand("19970902T090000", "FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH", 50))
        .containsExactlyElementsOf(
            at9(concat(days(1997, 9, 2, 4, 16, 18, 30), days(1997, 10, 2, 14, 16))));
  }

  @Test
  void monthly_on_the_first_friday_for_10_occurrences() {
    assertThat(expand("19970905T090000", "FREQ=MONTHLY;COUNT=10;BYDAY=1FR", 50))
        .containsExactlyElementsOf(
            at9(
                List.of(
                    LocalDate.of(1997, 9, 5),
                    LocalDate.of(1997, 10, 3),
                    LocalDate.of(1997, 11, 7),
                    LocalDate.of(1997, 12, 5),
                    LocalDate.of(1998, 1, 2),
                    LocalDate.of(1998, 2, 6),
                    LocalDate.of(1998, 3, 6),
                    LocalDate.of(1998, 4, 3),
                    LocalDate.of(1998, 5, 1),
                    LocalDate.of(1998, 6, 5))));
  }

  @Test
  void monthly_on_the_first_friday_until_december_24_1997() {
    assertThat(expand("19970905T090000", "FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR", 50))
        .containsExactlyElementsOf(
            at9(
                List.of(
                    LocalDate.of(1997, 9, 5),
                    LocalDate.of(1997, 10, 3),
                    LocalDate.of(1997, 11, 7),
                    LocalDate.of(1997, 12, 5))));
  }

  @Test
  void every_other_month_on_the_first_and_last_sunday_for_10_occurrences() {
    assertThat(expand("19970907T090000", "FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU", 50))
        .containsExactlyElementsOf(
            at9(
                concat(
                    days(1997, 9, 7, 28),
                    days(1997, 11, 2, 30),
                    days(1998, 1, 4, 25),
                    days(1998, 3, 1, 29),
                    days(1998, 5, 3, 31))));
  }

  @Test
  void monthly_on_the_second_to_last_monday_for_6_months() {
    assertThat(expand("19970922T090000", "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO", 50))
        .containsExactlyElementsOf(
            at9(
                List.of(
                    LocalDate.of(1997, 9, 22),
                    LocalDate.of(1997, 10, 20),
                    LocalDate.of(1997, 11, 17),
                    LocalDate.of(1997, 12, 22),
                    LocalDate.of(1998, 1, 19),
                    LocalDate.of(1998, 2, 16))));
  }

  @Test
  void monthly_on_the_third_to_last_day_forever() {
    assertThat(expand("19970928T090000", "FREQ=MONTHLY;BYMONTHDAY=-3", 6))
        .containsExactlyElementsOf(
            at9(
                List.of(
                    LocalDate.of(1997, 9, 28),
                    LocalDate.of(1997, 10, 29),
                    LocalDate.of(1997, 11, 28),
                    LocalDate.of(1997, 12, 29),
                    LocalDate.of(1998, 1, 29),
                    LocalDate.of(1998, 2, 26))));
  }

  @Test
  void monthly_on_the_2nd_and_15th_for_10_occurrences() {
    assertThat(expand("19970902T090000", "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15", 50))
        .containsExactlyElementsOf(
            at9(
                concat(
                    days(1997, 9, 2, 15),
                    days(1997, 10, 2, 15),
                    days(1997, 11, 2, 15),
                    days(1997, 12, 2, 15),
                    days(1998, 1, 2, 15))));
  }

  @Test
  void monthly_on_the_first_and_last_day_for_10_occurrences() {
    assertThat(expand("19970930T090000", "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1", 50))
        .containsExactlyElementsOf(
            at9(
                concat(
                    days(1997, 9, 30),
                    days(1997, 10, 1, 31),
                    days(1997, 11, 1, 30),
                    days(1997, 12, 1, 31),
                    days(1998, 1, 1, 31),
                    days(1998, 2, 1))));
  }

  @Test
  void every_18_months_on_the_10th_to_15th_for_10_occurrences() {
    assertThat(
            expand(
                "19970910T090000",
                "FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15",
                50))
        .containsExactlyElementsOf(
            at9(concat(days(1997, 9, 10, 11, 12, 13, 14, 15), days(1999, 3, 10, 11, 12, 13))));
  }

  @Test
  void every_tuesday_every_other_month() {
    assertThat(expand("19970902T090000", "FREQ=MONTHLY;INTERVAL=2;BYDAY=TU", 18))
        .containsExactlyElementsOf(
            at9(
                concat(
                    days(1997, 9, 2, 9, 16, 23, 30),
                    days(1997, 11, 4, 11, 18, 25),
                    days(1998, 1, 6, 13, 20, 27),
                    days(1998, 3, 3, 10, 17, 24, 31))));
  }

  @Test
  void yearly_in_june_and_july_for_10_occurrences() {
    List<LocalDate> expected = new ArrayList<>();
    for (int year = 1997; year <= 2001; year++) {
      expected.add(LocalDate.of(year, 6, 10));
      expected.add(LocalDate.of(year, 7, 10));
    }
    assertThat(expand("19970610T090000", "FREQ=YEARLY;COUNT=10;BYMONTH=6,7", 50))
        .containsExactlyElementsOf(at9(expected));
  }

  @Test
  void every_other_year_on_january_february_march_for_10_occurrences() {
    List<LocalDate> expected = new ArrayList<>(List.of(LocalDate.of(1997, 3, 10)));
    for (int year = 1999; year <= 2003; year += 2) {
      expected.addAll(
          List.of(LocalDate.of(year, 1, 10), LocalDate.of(year, 2, 10), LocalDate.of(year, 3, 10)));
    }
    assertThat(expand("19970310T090000", "FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3", 50))
        .containsExactlyElementsOf(at9(expected));
  }

  @Test
  void every_third_year_on_the_1st_100th_and_200th_day_for_10_occurrences() {
    assertThat(expand("19970101T090000", "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200", 50))
        .containsExactlyElementsOf(
            at9(
                List.of(
                    LocalDate.of(1997, 1, 1),
                    LocalDate.of(1997, 4, 10),
                    LocalDate.of(1997, 7, 19),
                    LocalDate.of(2000, 1, 1),
                    LocalDate.of(2000, 4, 9),
                    LocalDate.of(2000, 7, 18),
                    LocalDate.of(2003, 1, 1),
                    LocalDate.of(2003, 4, 10),
                    LocalDate.of(2003, 7, 19),
                    LocalDate.of(2006, 1, 1))));
  }

  @Test
  void every_20th_monday_of_the_year() {
    assertThat(expand("19970519T090000", "FREQ=YEARLY;BYDAY=20MO", 3))
        .containsExactlyElementsOf(
            at9(
                List.of(
                    LocalDate.of(1997, 5, 19),
                    LocalDate.of(1998, 5, 18),
                    LocalDate.of(1999, 5, 17))));
  }

  @Test
  void monday_of_week_number_20() {
    assertThat(expand("19970512T090000", "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", 3))
        .containsExactlyElementsOf(
            at9(
                List.of(
                    LocalDate.of(1997, 5, 12),
                    LocalDate.of(1998, 5, 11),
                    LocalDate.of(1999, 5, 17))));
  }

  @Test
  void every_thursday_in_march() {
    assertThat(expand("19970313T090000", "FREQ=YEARLY;BYMONTH=3;BYDAY=TH", 11))
        .containsExactlyElementsOf(
            at9(
                concat(
                    days(1997, 3, 13, 20, 27),
                    days(1998, 3, 5, 12, 19, 26),
                    days(1999, 3, 4, 11, 18, 25))));
  }

  @Test
  void every_thursday_but_only_during_june_july_and_august() {
    assertThat(expand("19970605T090000", "FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8", 39))
        .containsExactlyElementsOf(
            at9(
                concat(
                    days(1997, 6, 5, 12, 19, 26),
                    days(1997, 7, 3, 10, 17, 24, 31),
                    days(1997, 8, 7, 14, 21, 28),
                    days(1998, 6, 4, 11, 18, 25),
                    days(1998, 7, 2, 9, 16, 23, 30),
                    days(1998, 8, 6, 13, 20, 27),
                    days(1999, 6, 3, 10, 17, 24),
                    days(1999, 7, 1, 8, 15, 22, 29),
                    days(1999, 8, 5, 12, 19, 26))));
  }

  @Test
  void every_friday_the_13th_without_the_unmatched_start() {
    assertThat(expand("19970902T090000", "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", 5))
        .containsExactlyElementsOf(
            at9(
                List.of(
                    LocalDate.of(1998, 2, 13),
                    LocalDate.of(1998, 3, 13),
                    LocalDate.of(1998, 11, 13),
                    LocalDate.of(1999, 8, 13),
                    LocalDate.of(2000, 10, 13))));
  }

  @Test
  void the_first_saturday_that_follows_the_first_sunday_of_the_month() {
    assertThat(expand("19970913T090000", "FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13", 10))
        .containsExactlyElementsOf(
            at9(
                List.of(
                    LocalDate.of(1997, 9, 13),
                    LocalDate.of(1997, 10, 11),
                    LocalDate.of(1997, 11, 8),
                    LocalDate.of(1997, 12, 13),
                    LocalDate.of(1998, 1, 10),
                    LocalDate.of(1998, 2, 7),
                    LocalDate.of(1998, 3, 7),
                    LocalDate.of(1998, 4, 11),
                    LocalDate.of(1998, 5, 9),
                    LocalDate.of(1998, 6, 13))));
  }

  @Test
  void us_presidential_election_day_every_4_years() {
    assertThat(
            expand(
                "19961105T090000",
                "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8",
                3))
        .containsExactlyElementsOf(
            at9(
                List.of(
                    LocalDate.of(1996, 11, 5),
                    LocalDate.of(2000, 11, 7),
                    LocalDate.of(2004, 11, 2))));
  }

  @Test
  void the_third_instance_of_tuesday_wednesday_or_thursday_for_3_months() {
    assertThat(expand("19970904T090000", "FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3", 10))
        .containsExactlyElementsOf(
            at9(
                List.of(
                    LocalDate.of(1997, 9, 4),
                    LocalDate.of(1997, 10, 7),
                    LocalDate.of(1997, 11, 6))));
  }

  @Test
  void the_second_to_last_weekday_of_the_month() {
    assertThat(expand("19970929T090000", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2", 7))
        .containsExactlyElementsOf(
            at9(
                List.of(
                    LocalDate.of(1997, 9, 29),
                    LocalDate.of(1997, 10, 30),
                    LocalDate.of(1997, 11, 27),
                    LocalDate.of(1997, 12, 30),
                    LocalDate.of(1998, 1, 29),
                    LocalDate.of(1998, 2, 26),
                    LocalDate.of(1998, 3, 30))));
  }

  /**
   * The RFC lists 09:00, 12:00 and 15:00 EDT for UNTIL=19970902T170000Z, but 17:00Z is 13:00 EDT,
   * so the rule as printed stops after 12:00 (as dateutil agrees); 21:00Z (17:00 EDT) gives the
   * listed result. A long-standing inconsistency in the RFC's example, not in the engine.
   */
  @Test
  void every_3_hours_from_9am_to_5pm_on_a_specific_day() {
    assertThat(expand("19970902T090000", "FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T210000Z", 10))
        .containsExactly(time(1997, 9, 2, 9, 0), time(1997, 9, 2, 12, 0), time(1997, 9, 2, 15, 0));
    assertThat(expand("19970902T090000", "FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z", 10))
        .containsExactly(time(1997, 9, 2, 9, 0), time(1997, 9, 2, 12, 0));
  }

  @Test
  void every_15_minutes_for_6_occurrences() {
    assertThat(expand("19970902T090000", "FREQ=MINUTELY;INTERVAL=15;COUNT=6", 10))
        .containsExactly(
            time(1997, 9, 2, 9, 0),
            time(1997, 9, 2, 9, 15),
            time(1997, 9, 2, 9, 30),
            time(1997, 9, 2, 9, 45),
            time(1997, 9, 2, 10, 0),
            time(1997, 9, 2, 10, 15));
  }

  @Test
  void every_hour_and_a_half_for_4_occurrences() {
    assertThat(expand("19970902T090000", "FREQ=MINUTELY;INTERVAL=90;COUNT=4", 10))
        .containsExactly(
            time(1997, 9, 2, 9, 0),
            time(1997, 9, 2, 10, 30),
            time(1997, 9, 2, 12, 0),
            time(1997, 9, 2, 13, 30));
  }

  @Test
  void every_20_minutes_from_9am_to_4_40pm_every_day_both_forms() {
    List<LocalDateTime> expected = new ArrayList<>();
    for (int day = 2; day <= 3; day++) {
      for (int hour = 9; hour <= 16; hour++) {
        for (int minute = 0; minute < 60; minute += 20) {
          expected.add(time(1997, 9, day, hour, minute));
        }
      }
    }
    assertThat(
            expand(
                "19970902T090000",
                "FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40",
                expected.size()))
        .containsExactlyElementsOf(expected);
    assertThat(
            expand(
                "19970902T090000",
                "FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16",
                expected.size()))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void week_start_changes_which_days_an_every_other_week_rule_yields() {
    assertThat(expand("19970805T090000", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", 10))
        .containsExactlyElementsOf(at9(days(1997, 8, 5, 10, 19, 24)));
    assertThat(expand("19970805T090000", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", 10))
        .containsExactlyElementsOf(at9(days(1997, 8, 5, 17, 19, 31)));
  }

  @Test
  void an_invalid_date_february_30th_is_ignored() {
    assertThat(expand("20070115T090000", "FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5", 10))
        .containsExactlyElementsOf(
            at9(concat(days(2007, 1, 15, 30), days(2007, 2, 15), days(2007, 3, 15, 30))));
  }

  /** Wall-clock occurrences in New York, each checked to carry New York's offset for that date. */
  private static List<LocalDateTime> expand(String dtstart, String rule, int limit) {
    LocalDateTime start = LocalDateTime.parse(dtstart, RuleText.DATE_TIME);
    List<ZonedDateTime> occurrences =
        new ZonedRecurrence(RecurrenceRule.parse("RRULE:" + rule), start.atZone(NEW_YORK))
            .occurrences()
            .limit(limit)
            .toList();
    for (ZonedDateTime occurrence : occurrences) {
      assertThat(occurrence.getOffset())
          .isEqualTo(NEW_YORK.getRules().getOffset(occurrence.toLocalDateTime()));
    }
    return occurrences.stream().map(ZonedDateTime::toLocalDateTime).toList();
  }

  private static LocalDate[] days(int year, int month, int... days) {
    return java.util.Arrays.stream(days)
        .mapToObj(day -> LocalDate.of(year, month, day))
        .toArray(LocalDate[]::new);
  }

  private static LocalDate[] concat(LocalDate[]... parts) {
    return Stream.of(parts).flatMap(Stream::of).toArray(LocalDate[]::new);
  }

  private static List<LocalDateTime> at9(LocalDate... dates) {
    return at9(List.of(dates));
  }

  private static List<LocalDateTime> at9(List<LocalDate> dates) {
    return dates.stream().map(date -> date.atTime(LocalTime.of(9, 0))).toList();
  }

  private static LocalDateTime time(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute);
  }
}
