package dev.concierge.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The recurrence examples of RFC 5545 §3.8.5.3, DTSTART in America/New_York, with the dates the RFC
 * lists (all at 09:00 local unless the example says otherwise). One example is left out on purpose:
 * "every 3 hours from 9:00 until 17:00Z" lists 15:00, but 17:00Z is 13:00 EDT, a known erratum of
 * the RFC; python-dateutil and we give 09:00 and 12:00.
 */
class RfcExamplesTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  static Stream<Arguments> examples() {
    return Stream.of(
        example(
            "daily for 10",
            "FREQ=DAILY;COUNT=10",
            "1997-09-02",
            10,
            "1997-09-02 1997-09-03 1997-09-04 1997-09-05 1997-09-06 1997-09-07 1997-09-08"
                + " 1997-09-09 1997-09-10 1997-09-11"),
        example(
            "every 10 days, 5 occurrences",
            "FREQ=DAILY;INTERVAL=10;COUNT=5",
            "1997-09-02",
            10,
            "1997-09-02 1997-09-12 1997-09-22 1997-10-02 1997-10-12"),
        example(
            "weekly for 10",
            "FREQ=WEEKLY;COUNT=10",
            "1997-09-02",
            20,
            "1997-09-02 1997-09-09 1997-09-16 1997-09-23 1997-09-30 1997-10-07 1997-10-14"
                + " 1997-10-21 1997-10-28 1997-11-04"),
        example(
            "every other week",
            "FREQ=WEEKLY;INTERVAL=2;WKST=SU",
            "1997-09-02",
            10,
            "1997-09-02 1997-09-16 1997-09-30 1997-10-14 1997-10-28 1997-11-11 1997-11-25"
                + " 1997-12-09 1997-12-23 1998-01-06"),
        example(
            "weekly on TU,TH for five weeks (UNTIL)",
            "FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH",
            "1997-09-02",
            20,
            "1997-09-02 1997-09-04 1997-09-09 1997-09-11 1997-09-16 1997-09-18 1997-09-23"
                + " 1997-09-25 1997-09-30 1997-10-02"),
        example(
            "weekly on TU,TH for five weeks (COUNT)",
            "FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH",
            "1997-09-02",
            20,
            "1997-09-02 1997-09-04 1997-09-09 1997-09-11 1997-09-16 1997-09-18 1997-09-23"
                + " 1997-09-25 1997-09-30 1997-10-02"),
        example(
            "every other week on MO,WE,FR until Dec 24",
            "FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR",
            "1997-09-01",
            40,
            "1997-09-01 1997-09-03 1997-09-05 1997-09-15 1997-09-17 1997-09-19 1997-09-29"
                + " 1997-10-01 1997-10-03 1997-10-13 1997-10-15 1997-10-17 1997-10-27 1997-10-29"
                + " 1997-10-31 1997-11-10 1997-11-12 1997-11-14 1997-11-24 1997-11-26 1997-11-28"
                + " 1997-12-08 1997-12-10 1997-12-12 1997-12-22"),
        example(
            "every other week on TU,TH, 8 occurrences",
            "FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH",
            "1997-09-02",
            20,
            "1997-09-02 1997-09-04 1997-09-16 1997-09-18 1997-09-30 1997-10-02 1997-10-14"
                + " 1997-10-16"),
        example(
            "monthly on the first Friday until Dec 24",
            "FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR",
            "1997-09-05",
            10,
            "1997-09-05 1997-10-03 1997-11-07 1997-12-05"),
        example(
            "every other month on the first and last Sunday",
            "FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU",
            "1997-09-07",
            20,
            "1997-09-07 1997-09-28 1997-11-02 1997-11-30 1998-01-04 1998-01-25 1998-03-01"
                + " 1998-03-29 1998-05-03 1998-05-31"),
        example(
            "monthly on the second-to-last Monday",
            "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO",
            "1997-09-22",
            10,
            "1997-09-22 1997-10-20 1997-11-17 1997-12-22 1998-01-19 1998-02-16"),
        example(
            "monthly on the third-to-last day",
            "FREQ=MONTHLY;BYMONTHDAY=-3",
            "1997-09-28",
            6,
            "1997-09-28 1997-10-29 1997-11-28 1997-12-29 1998-01-29 1998-02-26"),
        example(
            "monthly on the 2nd and 15th",
            "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15",
            "1997-09-02",
            20,
            "1997-09-02 1997-09-15 1997-10-02 1997-10-15 1997-11-02 1997-11-15 1997-12-02"
                + " 1997-12-15 1998-01-02 1998-01-15"),
        example(
            "monthly on the first and last day",
            "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1",
            "1997-09-30",
            20,
            "1997-09-30 1997-10-01 1997-10-31 1997-11-01 1997-11-30 1997-12-01 1997-12-31"
                + " 1998-01-01 1998-01-31 1998-02-01"),
        example(
            "every 18 months on the 10th to 15th",
            "FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15",
            "1997-09-10",
            20,
            "1997-09-10 1997-09-11 1997-09-12 1997-09-13 1997-09-14 1997-09-15 1999-03-10"
                + " 1999-03-11 1999-03-12 1999-03-13"),
        example(
            "every Tuesday, every other month",
            "FREQ=MONTHLY;INTERVAL=2;BYDAY=TU",
            "1997-09-02",
            18,
            "1997-09-02 1997-09-09 1997-09-16 1997-09-23 1997-09-30 1997-11-04 1997-11-11"
                + " 1997-11-18 1997-11-25 1998-01-06 1998-01-13 1998-01-20 1998-01-27"
                + " 1998-03-03 1998-03-10 1998-03-17 1998-03-24 1998-03-31"),
        example(
            "yearly in June and July",
            "FREQ=YEARLY;COUNT=10;BYMONTH=6,7",
            "1997-06-10",
            20,
            "1997-06-10 1997-07-10 1998-06-10 1998-07-10 1999-06-10 1999-07-10 2000-06-10"
                + " 2000-07-10 2001-06-10 2001-07-10"),
        example(
            "every other year in January to March",
            "FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3",
            "1997-03-10",
            20,
            "1997-03-10 1999-01-10 1999-02-10 1999-03-10 2001-01-10 2001-02-10 2001-03-10"
                + " 2003-01-10 2003-02-10 2003-03-10"),
        example(
            "every third year on the 1st, 100th and 200th day",
            "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200",
            "1997-01-01",
            20,
            "1997-01-01 1997-04-10 1997-07-19 2000-01-01 2000-04-09 2000-07-18 2003-01-01"
                + " 2003-04-10 2003-07-19 2006-01-01"),
        example(
            "every 20th Monday of the year",
            "FREQ=YEARLY;BYDAY=20MO",
            "1997-05-19",
            3,
            "1997-05-19 1998-05-18 1999-05-17"),
        example(
            "Monday of week 20",
            "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO",
            "1997-05-12",
            3,
            "1997-05-12 1998-05-11 1999-05-17"),
        example(
            "every Thursday in March",
            "FREQ=YEARLY;BYMONTH=3;BYDAY=TH",
            "1997-03-13",
            11,
            "1997-03-13 1997-03-20 1997-03-27 1998-03-05 1998-03-12 1998-03-19 1998-03-26"
                + " 1999-03-04 1999-03-11 1999-03-18 1999-03-25"),
        example(
            "every Thursday in June to August",
            "FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8",
            "1997-06-05",
            14,
            "1997-06-05 1997-06-12 1997-06-19 1997-06-26 1997-07-03 1997-07-10 1997-07-17"
                + " 1997-07-24 1997-07-31 1997-08-07 1997-08-14 1997-08-21 1997-08-28"
                + " 1998-06-04"),
        example(
            "every Friday the 13th (DTSTART not matching is not an occurrence)",
            "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13",
            "1997-09-02",
            5,
            "1998-02-13 1998-03-13 1998-11-13 1999-08-13 2000-10-13"),
        example(
            "the first Saturday that follows the first Sunday",
            "FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13",
            "1997-09-13",
            10,
            "1997-09-13 1997-10-11 1997-11-08 1997-12-13 1998-01-10 1998-02-07 1998-03-07"
                + " 1998-04-11 1998-05-09 1998-06-13"),
        example(
            "US presidential election day",
            "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8",
            "1996-11-05",
            3,
            "1996-11-05 2000-11-07 2004-11-02"),
        example(
            "the third instance of TU, WE or TH",
            "FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3",
            "1997-09-04",
            10,
            "1997-09-04 1997-10-07 1997-11-06"),
        example(
            "the second-to-last weekday of the month",
            "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2",
            "1997-09-29",
            7,
            "1997-09-29 1997-10-30 1997-11-27 1997-12-30 1998-01-29 1998-02-26 1998-03-30"),
        example(
            "WKST=MO changes which days an every-other-week rule takes",
            "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO",
            "1997-08-05",
            10,
            "1997-08-05 1997-08-10 1997-08-19 1997-08-24"),
        example(
            "WKST=SU",
            "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU",
            "1997-08-05",
            10,
            "1997-08-05 1997-08-17 1997-08-19 1997-08-31"),
        example(
            "an invalid date (February 30) is skipped",
            "FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5",
            "2007-01-15",
            10,
            "2007-01-15 2007-01-30 2007-02-15 2007-03-15 2007-03-30"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void expands_as_the_rfc_lists(
      String name, String rule, String start, int take, List<String> expected) {
    List<String> dates =
        new ZonedRecurrence(
                RecurrenceRule.parse(rule),
                ZonedDateTime.of(LocalDateTime.parse(start + "T09:00:00"), NEW_YORK))
            .occurrences()
            .limit(take)
            .map(
                o -> {
                  assertThat(o.toLocalTime().toString()).isEqualTo("09:00");
                  return o.toLocalDate().toString();
                })
            .toList();

    assertThat(dates).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dailyInJanuary")
  void every_day_in_january_for_three_years_both_forms(String rule) {
    List<ZonedDateTime> occurrences =
        new ZonedRecurrence(
                RecurrenceRule.parse(rule),
                ZonedDateTime.of(LocalDateTime.parse("1998-01-01T09:00:00"), NEW_YORK))
            .occurrences()
            .limit(200)
            .toList();

    assertThat(occurrences).hasSize(93);
    assertThat(occurrences).allSatisfy(o -> assertThat(o.getMonthValue()).isEqualTo(1));
    assertThat(occurrences.get(92).toLocalDate().toString()).isEqualTo("2000-01-31");
  }

  static Stream<String> dailyInJanuary() {
    return Stream.of(
        "FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA",
        "FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("subDaily")
  void sub_daily_examples(String rule, List<String> expected) {
    List<String> times =
        new ZonedRecurrence(
                RecurrenceRule.parse(rule),
                ZonedDateTime.of(LocalDateTime.parse("1997-09-02T09:00:00"), NEW_YORK))
            .occurrences()
            .limit(expected.size() + 5)
            .map(o -> o.toLocalDateTime().toString())
            .toList();

    if (rule.contains("COUNT") || rule.contains("UNTIL")) {
      assertThat(times).containsExactlyElementsOf(expected);
    } else {
      assertThat(times).startsWith(expected.toArray(String[]::new));
    }
  }

  static Stream<Arguments> subDaily() {
    return Stream.of(
        Arguments.of(
            "FREQ=MINUTELY;INTERVAL=15;COUNT=6",
            List.of(
                "1997-09-02T09:00",
                "1997-09-02T09:15",
                "1997-09-02T09:30",
                "1997-09-02T09:45",
                "1997-09-02T10:00",
                "1997-09-02T10:15")),
        Arguments.of(
            "FREQ=MINUTELY;INTERVAL=90;COUNT=4",
            List.of(
                "1997-09-02T09:00", "1997-09-02T10:30", "1997-09-02T12:00", "1997-09-02T13:30")),
        Arguments.of(
            "FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40",
            List.of(
                "1997-09-02T09:00", "1997-09-02T09:20", "1997-09-02T09:40", "1997-09-02T10:00")),
        Arguments.of(
            "FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z",
            List.of("1997-09-02T09:00", "1997-09-02T12:00")));
  }

  private static Arguments example(String name, String rule, String start, int take, String dates) {
    return Arguments.of(name, rule, start, take, Arrays.asList(dates.split(" ")));
  }
}
