package dev.concierge.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");

  private final ReminderSchedule schedule = new ReminderSchedule(clockAt("2026-01-01T00:00:00Z"));

  @Test
  void lead_time_reminder_fires_at_nine_local_time_fourteen_days_before() {
    ReminderTime time =
        schedule.fireTime(
            ReminderTrigger.LeadTime.daysBefore(14), LocalDate.of(2026, 3, 15), NEW_YORK);

    assertThat(time.fireAt()).isEqualTo(OffsetDateTime.parse("2026-03-01T09:00:00-05:00"));
    assertThat(time.fireAt().toString()).isEqualTo("2026-03-01T09:00-05:00");
    assertThat(time.late()).isFalse();
  }

  @Test
  void lead_time_reminder_fires_at_nine_local_time_across_dst() {
    // The occurrence is in daylight time, the reminder day (8 March, spring forward) too.
    assertThat(fireAt(14, "09:00", LocalDate.of(2026, 3, 22), NEW_YORK))
        .isEqualTo(OffsetDateTime.parse("2026-03-08T09:00-04:00"));
    assertThat(fireAt(7, "09:00", LocalDate.of(2026, 4, 5), LONDON))
        .isEqualTo(OffsetDateTime.parse("2026-03-29T09:00+01:00"));
    assertThat(fireAt(1, "09:00", LocalDate.of(2026, 4, 6), SYDNEY))
        .isEqualTo(OffsetDateTime.parse("2026-04-05T09:00+10:00"));
    assertThat(fireAt(30, "09:00", LocalDate.of(2026, 11, 30), NEW_YORK))
        .isEqualTo(OffsetDateTime.parse("2026-10-31T09:00-04:00"));
  }

  @Test
  void a_send_time_in_a_dst_gap_moves_forward_by_the_gap() {
    assertThat(fireAt(0, "02:30", LocalDate.of(2026, 3, 8), NEW_YORK))
        .isEqualTo(OffsetDateTime.parse("2026-03-08T03:30-04:00"));
    assertThat(fireAt(0, "01:30", LocalDate.of(2026, 3, 29), LONDON))
        .isEqualTo(OffsetDateTime.parse("2026-03-29T02:30+01:00"));
    // Lord Howe springs forward by half an hour.
    assertThat(fireAt(0, "02:15", LocalDate.of(2026, 10, 4), LORD_HOWE))
        .isEqualTo(OffsetDateTime.parse("2026-10-04T02:45+11:00"));
  }

  @Test
  void a_send_time_in_a_dst_overlap_takes_the_earlier_offset() {
    assertThat(fireAt(0, "01:30", LocalDate.of(2026, 11, 1), NEW_YORK))
        .isEqualTo(OffsetDateTime.parse("2026-11-01T01:30-04:00"));
    assertThat(fireAt(0, "02:30", LocalDate.of(2026, 4, 5), SYDNEY))
        .isEqualTo(OffsetDateTime.parse("2026-04-05T02:30+11:00"));
    assertThat(fireAt(0, "01:45", LocalDate.of(2026, 4, 5), LORD_HOWE))
        .isEqualTo(OffsetDateTime.parse("2026-04-05T01:45+11:00"));
  }

  @Test
  void kolkata_reminders_keep_the_half_hour_offset() {
    assertThat(fireAt(3, "09:00", LocalDate.of(2026, 3, 15), KOLKATA))
        .isEqualTo(OffsetDateTime.parse("2026-03-12T09:00+05:30"));
  }

  @Test
  void a_reminder_whose_occurrence_is_today_and_whose_time_has_passed_is_late_not_moved() {
    // 15:00 UTC is 10:00 in New York: the 09:00 reminder for today's birthday is an hour late.
    ReminderSchedule afternoon = new ReminderSchedule(clockAt("2026-03-15T15:00:00Z"));

    ReminderTime today =
        afternoon.fireTime(
            ReminderTrigger.LeadTime.daysBefore(0), LocalDate.of(2026, 3, 15), NEW_YORK);
    ReminderTime twoWeeksBefore =
        afternoon.fireTime(
            ReminderTrigger.LeadTime.daysBefore(14), LocalDate.of(2026, 3, 15), NEW_YORK);
    ReminderTime nextYear =
        afternoon.fireTime(
            ReminderTrigger.LeadTime.daysBefore(14), LocalDate.of(2027, 3, 15), NEW_YORK);

    assertThat(today)
        .isEqualTo(new ReminderTime(OffsetDateTime.parse("2026-03-15T09:00-04:00"), true));
    assertThat(twoWeeksBefore)
        .isEqualTo(new ReminderTime(OffsetDateTime.parse("2026-03-01T09:00-05:00"), true));
    assertThat(nextYear)
        .isEqualTo(new ReminderTime(OffsetDateTime.parse("2027-03-01T09:00-05:00"), false));
  }

  @Test
  void a_reminder_due_this_very_second_is_not_late() {
    ReminderSchedule atNine = new ReminderSchedule(clockAt("2026-03-01T14:00:00Z"));

    assertThat(
            atNine
                .fireTime(
                    ReminderTrigger.LeadTime.daysBefore(14), LocalDate.of(2026, 3, 15), NEW_YORK)
                .late())
        .isFalse();
  }

  @Test
  void a_scheduled_reminder_keeps_its_instant_shown_in_the_persons_offset() {
    Instant at = Instant.parse("2026-07-01T12:00:00Z");

    ReminderTime time = schedule.fireTime(new ReminderTrigger.Scheduled(at), null, SYDNEY);

    assertThat(time.fireAt().toInstant()).isEqualTo(at);
    assertThat(time.fireAt()).isEqualTo(OffsetDateTime.parse("2026-07-01T22:00+10:00"));
    assertThat(time.late()).isFalse();
    assertThat(
            new ReminderSchedule(clockAt("2026-08-01T00:00:00Z"))
                .fireTime(new ReminderTrigger.Scheduled(at), null, SYDNEY)
                .late())
        .isTrue();
  }

  @Test
  void a_lead_time_cannot_be_negative() {
    assertThatThrownBy(() -> ReminderTrigger.LeadTime.daysBefore(-1))
        .isInstanceOf(ValidationException.class)
        .hasMessage("lead_time_days: must be zero or more days, not -1");
  }

  private OffsetDateTime fireAt(
      int daysBefore, String sendTime, LocalDate occurrence, ZoneId zone) {
    return schedule
        .fireTime(
            new ReminderTrigger.LeadTime(daysBefore, LocalTime.parse(sendTime)), occurrence, zone)
        .fireAt();
  }

  private static Clock clockAt(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }
}
