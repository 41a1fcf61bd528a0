package dev.concierge.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.ConfigurationException;
import dev.concierge.core.settings.Environment;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpSettingsTest {

  @Test
  void an_empty_environment_listens_on_this_machine_only_at_8000_with_the_default_limits() {
    HttpSettings settings = HttpSettings.from(Environment.of(Map.of()));

    assertThat(settings.host()).isEqualTo("127.0.0.1");
    assertThat(settings.port()).isEqualTo(8000);
    assertThat(settings.maxRequestBytes()).isEqualTo(HttpSettings.ONE_MEGABYTE);
    assertThat(settings.allowedOrigin()).isEqualTo("http://localhost:3000");
    assertThat(settings.rateLimits()).isEqualTo(RateLimits.DEFAULT);
    assertThat(settings.shutdownGrace()).isEqualTo(Duration.ofSeconds(20));
    assertThat(settings.metricsToken()).isNull();
  }

  @Test
  void the_http_variables_are_read_and_with_port_changes_only_the_port() {
    HttpSettings settings =
        HttpSettings.from(
            Environment.of(
                Map.of(
                    "HOST", "[::1]",
                    "PORT", "9000",
                    "DEBUG", "on",
                    "RATE_LIMIT_BURST", "off",
                    "METRICS_TOKEN", "scrape-token-0123456789")));

    assertThat(settings.host()).isEqualTo("::1");
    assertThat(settings.debug()).isTrue();
    assertThat(settings.rateLimits().limitsKeys()).isFalse();
    assertThat(settings.metricsToken()).isNotNull();
    assertThat(settings.withPort(0))
        .isEqualTo(
            new HttpSettings(
                "::1",
                0,
                HttpSettings.ONE_MEGABYTE,
                true,
                "http://localhost:3000",
                settings.rateLimits(),
                settings.shutdownGrace(),
                settings.metricsToken()));
  }

  @Test
  void a_port_out_of_range_names_the_variable_and_the_value() {
    assertThatThrownBy(() -> HttpSettings.from(Environment.of(Map.of("PORT", "70000"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("PORT must be a number from 1 to 65535, got \"70000\"");
  }
}
