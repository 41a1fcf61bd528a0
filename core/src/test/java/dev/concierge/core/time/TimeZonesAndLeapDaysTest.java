package dev.concierge.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.reminders.ReminderSchedule;
import dev.concierge.core.reminders.ReminderTime;
import dev.concierge.core.reminders.ReminderTrigger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reminder times and "today" across DST changes, leap days, month and year ends. */
class TimeZonesAndLeapDaysTest {
  private static final Clock EARLY_2026 =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void the_specs_example_fourteen_days_before_march_15_in_new_york() {
    ReminderTime time = fire(14, LocalTime.of(9, 0), "2026-03-15", "America/New_York", EARLY_2026);

    assertThat(time.fireAt()).isEqualTo(OffsetDateTime.parse("2026-03-01T09:00:00-05:00"));
    assertThat(time.late()).isFalse();
  }

  @Test
  void lead_time_reminder_fires_at_nine_local_time_across_dst() {
    // the occurrence is after the spring change, the reminder before it: each in its own offset
    assertThat(fire(7, LocalTime.of(9, 0), "2026-03-12", "America/New_York", EARLY_2026).fireAt())
        .isEqualTo(OffsetDateTime.parse("2026-03-05T09:00:00-05:00"));
    assertThat(fire(0, LocalTime.of(9, 0), "2026-03-12", "America/New_York", EARLY_2026).fireAt())
        .isEqualTo(OffsetDateTime.parse("2026-03-12T09:00:00-04:00"));
    assertThat(fire(1, LocalTime.of(9, 0), "2026-03-30", "Europe/London", EARLY_2026).fireAt())
        .isEqualTo(OffsetDateTime.parse("2026-03-29T09:00:00+01:00"));
    assertThat(fire(1, LocalTime.of(9, 0), "2026-04-06", "Australia/Sydney", EARLY_2026).fireAt())
        .isEqualTo(OffsetDateTime.parse("2026-04-05T09:00:00+10:00"));
    assertThat(fire(1, LocalTime.of(9, 0), "2026-07-01", "Asia/Kolkata", EARLY_2026).fireAt())
        .isEqualTo(OffsetDateTime.parse("2026-06-30T09:00:00+05:30"));
  }

  @Test
  void a_send_time_in_a_dst_gap_moves_forward_by_the_gap() {
    // New York springs forward at 02:00 on 2026-03-08; Lord Howe by half an hour on 2026-10-04
    assertThat(fire(0, LocalTime.of(2, 30), "2026-03-08", "America/New_York", EARLY_2026).fireAt())
        .isEqualTo(OffsetDateTime.parse("2026-03-08T03:30:00-04:00"));
    assertThat(
            fire(0, LocalTime.of(2, 15), "2026-10-04", "Australia/Lord_Howe", EARLY_2026).fireAt())
        .isEqualTo(OffsetDateTime.parse("2026-10-04T02:45:00+11:00"));
  }

  @Test
  void a_send_time_in_a_dst_overlap_takes_the_earlier_offset() {
    // London falls back at 02:00 on 2026-10-25: 01:30 happens twice
    assertThat(fire(0, LocalTime.of(1, 30), "2026-10-25", "Europe/London", EARLY_2026).fireAt())
        .isEqualTo(OffsetDateTime.parse("2026-10-25T01:30:00+01:00"));
    // Lord Howe falls back by half an hour at 02:00 on 2026-04-05
    assertThat(
            fire(0, LocalTime.of(1, 45), "2026-04-05", "Australia/Lord_Howe", EARLY_2026).fireAt())
        .isEqualTo(OffsetDateTime.parse("2026-04-05T01:45:00+11:00"));
  }

  @Test
  void a_reminder_for_today_fires_today_and_is_due_at_once_once_its_time_has_passed() {
    RecurringDate birthday =
        RecurringDate.of(LocalDate.of(1980, 11, 25), "FREQ=YEARLY", LeapDayPolicy.FEB_28);
    ZoneId la = ZoneId.of("America/Los_Angeles");
    // 07:00 UTC on Nov 26 is still Nov 25, 23:00 in Los Angeles
    Clock lateEvening = Clock.fixed(Instant.parse("2026-11-26T07:00:00Z"), ZoneOffset.UTC);

    Optional<LocalDate> next = NextOccurrence.fromToday(birthday, la, lateEvening);
    ReminderTime time =
        new ReminderSchedule(lateEvening)
            .fireTime(ReminderTrigger.LeadTime.daysBefore(0), next.orElseThrow(), la);

    assertThat(next).hasValue(LocalDate.of(2026, 11, 25));
    assertThat(time.fireAt()).isEqualTo(OffsetDateTime.parse("2026-11-25T09:00:00-08:00"));
    assertThat(time.late()).isTrue();
  }

  @Test
  void a_lead_time_already_past_is_late_not_moved_to_next_year() {
    Clock now = Clock.fixed(Instant.parse("2026-08-15T12:00:00Z"), ZoneOffset.UTC);

    ReminderTime time = fire(30, LocalTime.of(9, 0), "2026-08-20", "America/New_York", now);

    assertThat(time.fireAt()).isEqualTo(OffsetDateTime.parse("2026-07-21T09:00:00-04:00"));
    assertThat(time.late()).isTrue();
  }

  @Test
  void a_feb_29_birthday_occurs_every_year() {
    RecurringDate leapling =
        RecurringDate.of(LocalDate.of(2000, 2, 29), "FREQ=YEARLY", LeapDayPolicy.FEB_28);
    RecurringDate strict =
        RecurringDate.of(LocalDate.of(2000, 2, 29), "FREQ=YEARLY", LeapDayPolicy.STRICT);

    assertThat(leapling.occurrences().skip(1).limit(5).map(LocalDate::toString))
        .containsExactly("2001-02-28", "2002-02-28", "2003-02-28", "2004-02-29", "2005-02-28");
    assertThat(NextOccurrence.onOrAfter(leapling, LocalDate.of(2027, 1, 1)))
        .hasValue(LocalDate.of(2027, 2, 28));
    assertThat(NextOccurrence.onOrAfter(leapling, LocalDate.of(2028, 1, 1)))
        .hasValue(LocalDate.of(2028, 2, 29));
    assertThat(NextOccurrence.onOrAfter(leapling, LocalDate.of(2027, 3, 1)))
        .hasValue(LocalDate.of(2028, 2, 29));
    assertThat(NextOccurrence.onOrAfter(strict, LocalDate.of(2027, 1, 1)))
        .hasValue(LocalDate.of(2028, 2, 29));
  }

  @Test
  void month_ends_follow_the_rfc_and_the_last_day_rule_finds_every_month() {
    RecurringDate on31st =
        RecurringDate.of(LocalDate.of(2026, 1, 31), "FREQ=MONTHLY", LeapDayPolicy.FEB_28);
    RecurringDate lastDay =
        RecurringDate.of(
            LocalDate.of(2026, 1, 31), "FREQ=MONTHLY;BYMONTHDAY=-1", LeapDayPolicy.FEB_28);

    assertThat(on31st.occurrences().limit(4).map(LocalDate::toString))
        .containsExactly("2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31");
    assertThat(lastDay.occurrences().limit(4).map(LocalDate::toString))
        .containsExactly("2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30");
  }

  @Test
  void a_date_on_new_years_eve_rolls_into_the_next_year() {
    RecurringDate party =
        RecurringDate.of(LocalDate.of(1999, 12, 31), "FREQ=YEARLY", LeapDayPolicy.FEB_28);

    assertThat(NextOccurrence.onOrAfter(party, LocalDate.of(2026, 12, 31)))
        .hasValue(LocalDate.of(2026, 12, 31));
    assertThat(NextOccurrence.onOrAfter(party, LocalDate.of(2027, 1, 1)))
        .hasValue(LocalDate.of(2027, 12, 31));
  }

  @Test
  void a_one_off_date_in_the_past_has_no_next_occurrence() {
    assertThat(
            NextOccurrence.onOrAfter(
                RecurringDate.once(LocalDate.of(2026, 1, 5)), LocalDate.of(2026, 1, 6)))
        .isEmpty();
    assertThat(
            NextOccurrence.onOrAfter(
                RecurringDate.once(LocalDate.of(2026, 1, 5)), LocalDate.of(2026, 1, 5)))
        .hasValue(LocalDate.of(2026, 1, 5));
  }

  private static ReminderTime fire(
      int days, LocalTime sendTime, String occurrence, String zone, Clock clock) {
    return new ReminderSchedule(clock)
        .fireTime(
            new ReminderTrigger.LeadTime(days, sendTime),
            LocalDate.parse(occurrence),
            ZoneId.of(zone));
  }
}
