package dev.concierge.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.ConfigurationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentTest {

  @Test
  void a_blank_variable_counts_as_unset_and_values_are_stripped() {
    Environment env = Environment.of(Map.of("BLANK", "  ", "NAME", " Concierge "));

    assertThat(env.text("BLANK")).isEmpty();
    assertThat(env.text("MISSING", "fallback")).isEqualTo("fallback");
    assertThat(env.text("NAME")).contains("Concierge");
    assertThat(env.integer("BLANK", 1, 10, 7)).isEqualTo(7);
    assertThat(env.flag("BLANK")).isFalse();
  }

  @Test
  void a_duration_out_of_bounds_is_one_line_naming_the_variable_its_bounds_and_forms() {
    Environment env = Environment.of(Map.of("TTL", "13h"));

    assertThatThrownBy(
            () ->
                env.duration(
                    "TTL", Duration.ofMinutes(1), Duration.ofHours(12), Duration.ofMinutes(15)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "TTL must be between 1 minute and 12 hours, as seconds (900), a short form (15m)"
                + " or ISO-8601 (PT15M); got \"13h\"");
  }

  @Test
  void a_flag_takes_the_usual_words_for_yes_and_no_and_nothing_else() {
    Environment env = Environment.of(Map.of("ON", "Yes", "OFF", "0", "ODD", "maybe"));

    assertThat(env.flag("ON")).isTrue();
    assertThat(env.flag("OFF")).isFalse();
    assertThatThrownBy(() -> env.flag("ODD"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("ODD must be true or false, got \"maybe\"");
  }

  @Test
  void an_http_url_must_be_absolute_http_or_https() {
    Environment env = Environment.of(Map.of("GOOD", "https://api.example.com/", "BAD", "ftp://x"));

    assertThat(env.httpUrl("GOOD"))
        .hasValueSatisfying(uri -> assertThat(uri.getHost()).isEqualTo("api.example.com"));
    assertThatThrownBy(() -> env.httpUrl("BAD"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("BAD must be an http(s) URL, got \"ftp://x\"");
  }
}
