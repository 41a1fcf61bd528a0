package dev.concierge.core.reminders.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.time.LeapDayPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SchedulePlannerTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final LocalTime NINE = LocalTime.of(9, 0);
  private static final UUID ITEM = UUID.randomUUID();
  private static final UUID RULE = UUID.randomUUID();

  @Test
  void the_specs_example_fourteen_days_before_march_15_in_new_york_is_march_1_at_nine_est() {
    ScheduleChange change = planAt("2026-02-01T12:00:00Z", birthday(null, pending(14, null, null)));

    assertThat(change.nextOccurrence()).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(change.reminders())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.scheduledAt())
                  .isEqualTo(OffsetDateTime.parse("2026-03-01T09:00:00-05:00").toInstant());
              assertThat(r.occurrence()).isEqualTo(LocalDate.of(2026, 3, 15));
              assertThat(r.rearm()).isFalse();
            });
  }

  @Test
  void after_the_occurrence_passes_the_date_rolls_over_and_a_sent_reminder_is_rearmed() {
    LeadTimeReminder sent =
        new LeadTimeReminder(
            RULE,
            14,
            Instant.parse("2026-03-01T14:00:00Z"),
            LocalDate.of(2026, 3, 15),
            true,
            false,
            false,
            7);

    ScheduleChange change =
        planAt("2026-03-16T15:00:00Z", birthday(LocalDate.of(2026, 3, 15), sent));

    assertThat(change.nextOccurrence()).isEqualTo(LocalDate.of(2027, 3, 15));
    assertThat(change.nextOccurrenceChanged()).isTrue();
    assertThat(change.reminders())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rearm()).isTrue();
              assertThat(r.scheduledAt()).isEqualTo(Instant.parse("2027-03-01T14:00:00Z"));
              assertThat(r.missedOccurrence()).isNull();
              assertThat(r.version()).isEqualTo(7);
            });
  }

  @Test
  void on_the_day_itself_the_occurrence_is_still_next_in_the_persons_zone() {
    // 03:00 UTC on March 16 is still March 15 in New York
    ScheduleChange change = planAt("2026-03-16T03:00:00Z", birthday(LocalDate.of(2026, 3, 15)));

    assertThat(change.nextOccurrence()).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(change.isEmpty()).isTrue();
  }

  @Test
  void a_cycle_already_sent_for_this_occurrence_is_never_rearmed_whatever_else_changes() {
    LeadTimeReminder sent =
        new LeadTimeReminder(
            RULE,
            14,
            Instant.parse("2026-03-01T14:00:00Z"),
            LocalDate.of(2026, 3, 15),
            true,
            false,
            false,
            1);
    DateItemSchedule movedToLondon =
        new DateItemSchedule(
            ITEM,
            LocalDate.of(1985, 3, 15),
            "FREQ=YEARLY",
            LeapDayPolicy.FEB_28,
            ZoneId.of("Europe/London"),
            LocalTime.of(10, 30),
            LocalDate.of(2026, 3, 15),
            List.of(sent),
            1);

    assertThat(planner("2026-03-05T12:00:00Z").plan(movedToLondon).isEmpty()).isTrue();
  }

  @Test
  void a_pending_reminder_follows_a_change_of_zone() {
    LeadTimeReminder pending =
        pending(14, Instant.parse("2026-03-01T14:00:00Z"), LocalDate.of(2026, 3, 15));
    DateItemSchedule inSydney =
        new DateItemSchedule(
            ITEM,
            LocalDate.of(1985, 3, 15),
            "FREQ=YEARLY",
            LeapDayPolicy.FEB_28,
            ZoneId.of("Australia/Sydney"),
            NINE,
            LocalDate.of(2026, 3, 15),
            List.of(pending),
            1);

    ScheduleChange change = planner("2026-02-01T00:00:00Z").plan(inSydney);

    // 09:00 in Sydney on March 1 2026 is during daylight time, UTC+11
    assertThat(change.reminders())
        .singleElement()
        .satisfies(
            r -> assertThat(r.scheduledAt()).isEqualTo(Instant.parse("2026-02-28T22:00:00Z")));
  }

  @Test
  void a_cycle_never_delivered_before_its_occurrence_passed_is_reported_missed() {
    LeadTimeReminder neverSent =
        pending(14, Instant.parse("2026-03-01T14:00:00Z"), LocalDate.of(2026, 3, 15));

    ScheduleChange change =
        planAt("2026-03-20T12:00:00Z", birthday(LocalDate.of(2026, 3, 15), neverSent));

    assertThat(change.reminders())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.missedOccurrence()).isEqualTo(LocalDate.of(2026, 3, 15));
              assertThat(r.occurrence()).isEqualTo(LocalDate.of(2027, 3, 15));
              assertThat(r.rearm()).isFalse();
            });
  }

  @Test
  void a_reminder_being_delivered_is_left_alone() {
    LeadTimeReminder claimed =
        new LeadTimeReminder(
            RULE,
            14,
            Instant.parse("2026-03-01T14:00:00Z"),
            LocalDate.of(2026, 3, 15),
            false,
            false,
            true,
            1);

    ScheduleChange change =
        planAt("2026-03-16T15:00:00Z", birthday(LocalDate.of(2026, 3, 15), claimed));

    assertThat(change.nextOccurrence()).isEqualTo(LocalDate.of(2027, 3, 15));
    assertThat(change.reminders()).isEmpty();
  }

  @Test
  void a_lead_time_already_past_at_creation_keeps_its_real_time_and_is_due_at_once() {
    // date in 5 days, reminder 14 days before: its time lies 9 days in the past
    DateItemSchedule soon =
        new DateItemSchedule(
            ITEM,
            LocalDate.of(2026, 8, 20),
            null,
            LeapDayPolicy.FEB_28,
            NEW_YORK,
            NINE,
            null,
            List.of(pending(14, null, null)),
            1);

    ScheduleChange change = planner("2026-08-15T12:00:00Z").plan(soon);

    assertThat(change.nextOccurrence()).isEqualTo(LocalDate.of(2026, 8, 20));
    assertThat(change.reminders())
        .singleElement()
        .satisfies(
            r -> assertThat(r.scheduledAt()).isEqualTo(Instant.parse("2026-08-06T13:00:00Z")));
  }

  @Test
  void a_feb_29_birthday_occurs_on_feb_28_in_common_years_unless_strict() {
    DateItemSchedule leapling =
        new DateItemSchedule(
            ITEM,
            LocalDate.of(2000, 2, 29),
            "FREQ=YEARLY",
            LeapDayPolicy.FEB_28,
            NEW_YORK,
            NINE,
            null,
            List.of(),
            1);
    DateItemSchedule strict =
        new DateItemSchedule(
            ITEM,
            LocalDate.of(2000, 2, 29),
            "FREQ=YEARLY",
            LeapDayPolicy.STRICT,
            NEW_YORK,
            NINE,
            null,
            List.of(),
            1);

    assertThat(planner("2027-01-10T12:00:00Z").plan(leapling).nextOccurrence())
        .isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(planner("2027-01-10T12:00:00Z").plan(strict).nextOccurrence())
        .isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void a_past_one_off_date_has_no_next_occurrence() {
    DateItemSchedule past =
        new DateItemSchedule(
            ITEM,
            LocalDate.of(2026, 1, 5),
            null,
            LeapDayPolicy.FEB_28,
            NEW_YORK,
            NINE,
            LocalDate.of(2026, 1, 5),
            List.of(),
            1);

    ScheduleChange change = planner("2026-02-01T12:00:00Z").plan(past);

    assertThat(change.nextOccurrence()).isNull();
    assertThat(change.nextOccurrenceChanged()).isTrue();
  }

  @Test
  void a_reminder_added_to_a_date_already_past_fires_at_once_instead_of_never() {
    DateItemSchedule past =
        new DateItemSchedule(
            ITEM,
            LocalDate.of(2026, 1, 5),
            null,
            LeapDayPolicy.FEB_28,
            NEW_YORK,
            NINE,
            null,
            List.of(pending(3, null, null)),
            1);

    ScheduleChange change = planner("2026-02-01T12:00:00Z").plan(past);

    assertThat(change.nextOccurrence()).isNull();
    assertThat(change.reminders())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.occurrence()).isEqualTo(LocalDate.of(2026, 1, 5));
              assertThat(r.scheduledAt()).isEqualTo(Instant.parse("2026-01-02T14:00:00Z"));
            });
  }

  @Test
  void a_reminder_already_placed_on_a_finished_date_is_left_as_it_is() {
    DateItemSchedule past =
        new DateItemSchedule(
            ITEM,
            LocalDate.of(2026, 1, 5),
            null,
            LeapDayPolicy.FEB_28,
            NEW_YORK,
            NINE,
            LocalDate.of(2026, 1, 5),
            List.of(pending(3, Instant.parse("2026-01-02T14:00:00Z"), LocalDate.of(2026, 1, 5))),
            1);

    assertThat(planner("2026-02-01T12:00:00Z").plan(past).reminders()).isEmpty();
  }

  @Test
  void an_invalid_stored_rule_is_a_validation_failure_naming_the_field() {
    DateItemSchedule broken =
        new DateItemSchedule(
            ITEM,
            LocalDate.of(2026, 1, 5),
            "FREQ=FORTNIGHTLY",
            LeapDayPolicy.FEB_28,
            NEW_YORK,
            NINE,
            null,
            List.of(),
            1);

    assertThatThrownBy(() -> planner("2026-02-01T12:00:00Z").plan(broken))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).errors().get(0).field())
                    .isEqualTo("recurrence_rule"));
  }

  private static LeadTimeReminder pending(int days, Instant at, LocalDate occurrence) {
    return new LeadTimeReminder(RULE, days, at, occurrence, false, false, false, 1);
  }

  private static DateItemSchedule birthday(LocalDate storedNext, LeadTimeReminder... reminders) {
    return new DateItemSchedule(
        ITEM,
        LocalDate.of(1985, 3, 15),
        "FREQ=YEARLY",
        LeapDayPolicy.FEB_28,
        NEW_YORK,
        NINE,
        storedNext,
        List.of(reminders),
        1);
  }

  private static ScheduleChange planAt(String now, DateItemSchedule item) {
    return planner(now).plan(item);
  }

  private static SchedulePlanner planner(String now) {
    return new SchedulePlanner(Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
  }
}
