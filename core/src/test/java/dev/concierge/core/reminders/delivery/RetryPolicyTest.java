package dev.concierge.core.reminders.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.ConfigurationException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private static final RetryPolicy POLICY =
      new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(10));
  private static final Optional<Duration> NO_RETRY_AFTER = Optional.empty();

  @Test
  void the_delay_doubles_after_each_failed_attempt_up_to_the_longest() {
    assertThat(longest(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(longest(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(longest(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(longest(4)).isEqualTo(Duration.ofMinutes(8));
    assertThat(longest(5)).isEqualTo(Duration.ofMinutes(10));
    assertThat(longest(100)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void half_of_each_delay_is_fixed_and_half_random() {
    assertThat(POLICY.delayAfter(3, NO_RETRY_AFTER, () -> 0.0)).isEqualTo(Duration.ofMinutes(2));
    assertThat(POLICY.delayAfter(3, NO_RETRY_AFTER, () -> 0.5)).isEqualTo(Duration.ofMinutes(3));
    assertThat(POLICY.delayAfter(3, NO_RETRY_AFTER, () -> 0.999_999))
        .isLessThan(Duration.ofMinutes(4))
        .isGreaterThan(Duration.ofSeconds(239));
  }

  @Test
  void a_providers_retry_after_is_never_undercut_but_may_be_exceeded() {
    assertThat(POLICY.delayAfter(1, Optional.of(Duration.ofMinutes(30)), () -> 0.0))
        .isEqualTo(Duration.ofMinutes(30));
    assertThat(POLICY.delayAfter(4, Optional.of(Duration.ofSeconds(5)), () -> 0.0))
        .isEqualTo(Duration.ofMinutes(4));
  }

  @Test
  void attempts_stop_at_the_maximum_the_first_included() {
    assertThat(POLICY.hasAttemptsAfter(1)).isTrue();
    assertThat(POLICY.hasAttemptsAfter(4)).isTrue();
    assertThat(POLICY.hasAttemptsAfter(5)).isFalse();
    assertThat(new RetryPolicy(1, Duration.ZERO, Duration.ZERO).hasAttemptsAfter(1)).isFalse();
  }

  @Test
  void doubling_a_long_first_delay_many_times_reaches_the_longest_rather_than_wrapping_around() {
    // 2^34 + 1 ms doubled 30 times is 2^64 + 2^30: as a long, 2^30 ms, some 12 days
    RetryPolicy patient =
        new RetryPolicy(100, Duration.ofMillis((1L << 34) + 1), Duration.ofDays(400));

    assertThat(patient.delayAfter(99, NO_RETRY_AFTER, () -> 1.0)).isEqualTo(Duration.ofDays(400));
    assertThat(patient.delayAfter(0, NO_RETRY_AFTER, () -> 1.0))
        .isEqualTo(Duration.ofMillis((1L << 34) + 1));
  }

  @Test
  void unusable_settings_are_refused_as_configuration_errors() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> new RetryPolicy(101, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(-1), Duration.ZERO))
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMinutes(2), Duration.ofMinutes(1)))
        .isInstanceOf(ConfigurationException.class);
  }

  /** The delay with the random half at its largest. */
  private static Duration longest(int attempt) {
    return POLICY.delayAfter(attempt, NO_RETRY_AFTER, () -> 1.0);
  }
}
