package dev.concierge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LogFormatTest {
  @Test
  void text_is_the_default_and_json_is_chosen_in_any_case() {
    assertThat(LogFormat.requested(Map.of())).isEqualTo(LogFormat.TEXT);
    assertThat(LogFormat.parse(" ")).isEqualTo(LogFormat.TEXT);
    assertThat(LogFormat.parse("text")).isEqualTo(LogFormat.TEXT);
    assertThat(LogFormat.parse(" JSON ")).isEqualTo(LogFormat.JSON);
    assertThat(LogFormat.requested(Map.of("LOG_FORMAT", "Json"))).isEqualTo(LogFormat.JSON);
  }

  @Test
  void before_the_settings_are_checked_an_unknown_format_logs_text() {
    assertThat(LogFormat.requested(Map.of("LOG_FORMAT", "xml"))).isEqualTo(LogFormat.TEXT);
  }

  @Test
  void each_format_names_a_logback_configuration_on_the_classpath() {
    for (LogFormat format : LogFormat.values()) {
      assertThat(LogFormat.class.getResource("/" + format.configuration())).isNotNull();
    }
  }
}
