package dev.concierge.cli;

import static dev.concierge.cli.ConciergeAdminTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.cli.ConciergeAdminTest.Run;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code recurrence expand} against RFC 5545 §3.8.5.3's own listed dates. */
class RecurrenceExpandCommandTest {

  @Test
  void monthly_on_the_first_friday_for_ten_occurrences() {
    Run run =
        expand("FREQ=MONTHLY;COUNT=10;BYDAY=1FR", "1997-09-05T09:00", "America/New_York", "20");

    assertThat(run.out().lines())
        .containsExactly(
            "1997-09-05T09:00:00",
            "1997-10-03T09:00:00",
            "1997-11-07T09:00:00",
            "1997-12-05T09:00:00",
            "1998-01-02T09:00:00",
            "1998-02-06T09:00:00",
            "1998-03-06T09:00:00",
            "1998-04-03T09:00:00",
            "1998-05-01T09:00:00",
            "1998-06-05T09:00:00");
  }

  @Test
  void every_friday_the_thirteenth_excluding_a_non_matching_dtstart() {
    Run run =
        expand("FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", "1997-09-02T09:00", "America/New_York", "5");

    assertThat(run.out().lines())
        .containsExactly(
            "1998-02-13T09:00:00",
            "1998-03-13T09:00:00",
            "1998-11-13T09:00:00",
            "1999-08-13T09:00:00",
            "2000-10-13T09:00:00");
  }

  @Test
  void us_presidential_election_day() {
    Run run =
        expand(
            "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8",
            "1996-11-05T09:00",
            "America/New_York",
            "3");

    assertThat(run.out().lines())
        .containsExactly("1996-11-05T09:00:00", "2000-11-07T09:00:00", "2004-11-02T09:00:00");
  }

  @Test
  void every_twenty_minutes_during_office_hours_across_days() {
    Run run =
        expand(
            "FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16",
            "1997-09-02T09:00",
            "America/New_York",
            "26");

    assertThat(run.out().lines()).hasSize(26);
    assertThat(run.out().lines().toList().get(23)).isEqualTo("1997-09-02T16:40:00");
    assertThat(run.out().lines().toList().get(24)).isEqualTo("1997-09-03T09:00:00");
  }

  @Test
  void a_floating_rule_without_zone_and_the_default_count_of_ten() {
    Run run =
        ConciergeAdminTest.run(
            Map.of(), "recurrence", "expand", "--rrule", "FREQ=DAILY", "--dtstart", "2026-02-27");

    assertThat(run.code()).isZero();
    assertThat(run.out().lines())
        .hasSize(10)
        .startsWith("2026-02-27T00:00:00", "2026-02-28T00:00:00", "2026-03-01T00:00:00");
  }

  @Test
  void a_rule_whose_first_match_is_far_away_answers_at_once() {
    Run run =
        expand(
            "FREQ=SECONDLY;BYMONTH=12;BYMONTHDAY=31;BYHOUR=23;BYMINUTE=59;BYSECOND=59",
            "2026-01-01",
            "Europe/London",
            "2");

    assertThat(run.out().lines()).containsExactly("2026-12-31T23:59:59", "2027-12-31T23:59:59");
  }

  @Test
  void an_invalid_rule_exits_2_with_the_reason_on_stderr_and_nothing_on_stdout() {
    Run run = expand("FREQ=WEEKLY;BYDAY=XX", "2026-01-01", "UTC", "3");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error: recurrence_rule:").contains("XX");
  }

  @Test
  void an_invalid_zone_or_start_exits_2() {
    assertThat(expand("FREQ=DAILY", "2026-01-01", "Mars/Olympus", "3").code()).isEqualTo(2);
    assertThat(expand("FREQ=DAILY", "01/01/2026", "UTC", "3").code()).isEqualTo(2);
    assertThat(expand("FREQ=DAILY", "2026-01-01", "UTC", "0").code()).isEqualTo(2);
  }

  private static Run expand(String rule, String start, String zone, String count) {
    return run(
        Map.of(),
        "recurrence",
        "expand",
        "--rrule",
        rule,
        "--dtstart",
        start,
        "--tz",
        zone,
        "--count",
        count);
  }
}
