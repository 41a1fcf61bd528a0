package dev.concierge.core.proactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.ConfigurationException;
import dev.concierge.core.model.Metadata;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckInSettingsTest {

  @Test
  void an_organization_without_settings_gets_the_defaults() {
    assertThat(CheckInSettings.DEFAULTS.overriddenBy(Metadata.EMPTY))
        .isEqualTo(new CheckInSettings(true, LocalTime.of(10, 0), 14, 30, 200));
  }

  @Test
  void an_organization_sets_each_value_as_json_numbers_strings_or_booleans() {
    CheckInSettings settings =
        CheckInSettings.DEFAULTS.overriddenBy(
            Metadata.of(
                Map.of(
                    "proactive_enabled",
                    false,
                    "proactive_time",
                    "08:30",
                    "proactive_days_ahead",
                    7,
                    "proactive_quiet_days",
                    "45",
                    "proactive_daily_limit",
                    20.0)));

    assertThat(settings).isEqualTo(new CheckInSettings(false, LocalTime.of(8, 30), 7, 45, 20));
  }

  @Test
  void an_unusable_value_falls_back_to_the_default_and_leaves_the_others_alone() {
    CheckInSettings settings =
        CheckInSettings.DEFAULTS.overriddenBy(
            Metadata.of(
                Map.of(
                    "proactive_enabled",
                    "yes",
                    "proactive_time",
                    "half past nine",
                    "proactive_days_ahead",
                    1000,
                    "proactive_quiet_days",
                    2.5,
                    "proactive_daily_limit",
                    3)));

    assertThat(settings).isEqualTo(new CheckInSettings(true, LocalTime.of(10, 0), 14, 30, 3));
  }

  @Test
  void installation_defaults_out_of_range_are_refused() {
    assertThatThrownBy(() -> new CheckInSettings(true, LocalTime.NOON, 14, 0, 200))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("quiet days");
  }
}
