package dev.concierge.core.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.identities.ChannelType;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestSettingsTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Test
  void a_daily_digest_at_eight_in_london_is_due_from_eight_local_time_in_winter_and_summer() {
    DigestSettings daily = input("daily", null, "08:00", "Europe/London").validated(LONDON);

    assertThat(daily.dueAt(Instant.parse("2026-03-28T07:59:59Z"))).isEmpty();
    assertThat(daily.dueAt(Instant.parse("2026-03-28T08:00:00Z")))
        .contains(
            new DigestPeriod(LocalDate.of(2026, 3, 28), Instant.parse("2026-03-28T08:00:00Z")));
    assertThat(daily.dueAt(Instant.parse("2026-03-29T06:59:59Z"))).isEmpty();
    assertThat(daily.dueAt(Instant.parse("2026-03-29T07:00:00Z")).map(DigestPeriod::date))
        .contains(LocalDate.of(2026, 3, 29));
  }

  @Test
  void a_send_time_the_spring_change_skips_is_due_that_much_later_in_summer_time() {
    DigestSettings daily = input("daily", null, "01:30", "Europe/London").validated(LONDON);

    // 01:00 to 02:00 does not exist in London on 29 March 2026: 01:30 becomes 02:30 summer time
    assertThat(daily.dueAt(Instant.parse("2026-03-29T01:29:59Z"))).isEmpty();
    assertThat(daily.dueAt(Instant.parse("2026-03-29T01:30:00Z")).map(DigestPeriod::sendAt))
        .contains(Instant.parse("2026-03-29T01:30:00Z"));
  }

  @Test
  void a_time_is_taken_with_or_without_the_hour_s_leading_zero_and_nothing_looser() {
    assertThat(input("daily", null, "7:30", "Europe/London").validated(LONDON).time())
        .isEqualTo(LocalTime.of(7, 30));
    assertThat(input("daily", null, "07:30", "Europe/London").validated(LONDON).time())
        .isEqualTo(LocalTime.of(7, 30));
    assertThat(input("daily", null, "23:59", "Europe/London").validated(LONDON).time())
        .isEqualTo(LocalTime.of(23, 59));
    for (String refused : List.of("24:00", "7:5", "7.30", "730", " 7:30", "07:30:00", "-1:30")) {
      assertThatThrownBy(() -> input("daily", null, refused, "Europe/London").validated(LONDON))
          .as(refused)
          .isInstanceOfSatisfying(
              ValidationException.class,
              e ->
                  assertThat(e.errors())
                      .extracting(FieldError::field, FieldError::message)
                      .containsExactly(
                          tuple("time", "must be a local time as HH:MM or H:MM, 00:00 to 23:59")));
    }
  }

  @Test
  void a_weekly_digest_is_due_only_on_its_weekday_and_a_missed_day_is_not_caught_up() {
    DigestSettings weekly =
        input("weekly", "monday", "09:00", "America/New_York").validated(LONDON);

    assertThat(weekly.weekday()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(weekly.dueAt(Instant.parse("2026-03-29T23:00:00Z"))).isEmpty(); // Sunday 19:00
    assertThat(weekly.dueAt(Instant.parse("2026-03-30T13:00:00Z")).map(DigestPeriod::date))
        .contains(LocalDate.of(2026, 3, 30));
    assertThat(weekly.dueAt(Instant.parse("2026-03-31T13:00:00Z"))).isEmpty();
  }

  @Test
  void left_out_settings_take_their_defaults_with_the_organizations_zone() {
    DigestSettings settings =
        new DigestSettingsInput(true, null, null, null, null, null, null, null, null)
            .validated(LONDON);

    assertThat(settings)
        .isEqualTo(
            new DigestSettings(
                true,
                DigestFrequency.DAILY,
                null,
                LocalTime.of(8, 0),
                LONDON,
                ChannelType.EMAIL,
                null,
                7));
  }

  @Test
  void every_bad_field_is_named_at_once() {
    DigestSettingsInput bad =
        new DigestSettingsInput(
            null, "hourly", "caturday", "8am", "Europe/Lundon", "fax", null, null, 0);

    assertThatThrownBy(() -> bad.validated(LONDON))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors().stream().map(FieldError::field))
                    .containsExactlyInAnyOrder(
                        "enabled",
                        "frequency",
                        "weekday",
                        "time",
                        "timezone",
                        "channel",
                        "days_ahead"));
  }

  @Test
  void a_slack_digest_needs_a_slack_user_id_and_an_email_one_a_real_address() {
    assertThatThrownBy(
            () ->
                new DigestSettingsInput(true, null, null, null, null, "slack", null, "sam", null)
                    .validated(LONDON))
        .hasMessageContaining("slack_user_id");
    assertThatThrownBy(
            () ->
                new DigestSettingsInput(true, null, null, null, null, null, "nope", null, null)
                    .validated(LONDON))
        .hasMessageContaining("email_address");
    assertThat(
            new DigestSettingsInput(true, null, null, null, null, "slack", null, "U0SAM", null)
                .validated(LONDON)
                .recipient())
        .isEqualTo("U0SAM");
  }

  private static DigestSettingsInput input(
      String frequency, String weekday, String time, String zone) {
    return new DigestSettingsInput(true, frequency, weekday, time, zone, null, null, null, null);
  }
}
