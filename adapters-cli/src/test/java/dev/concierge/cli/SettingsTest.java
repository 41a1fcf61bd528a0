package dev.concierge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.ConfigurationException;
import dev.concierge.http.RateLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsTest {

  @Test
  void an_empty_environment_gives_the_embedded_defaults() {
    Settings settings = Settings.from(Map.of(), "1.2.3");

    assertThat(settings.externalDatabase()).isEmpty();
    assertThat(settings.dataDir()).isEqualTo(Path.of("./data").toAbsolutePath().normalize());
    assertThat(settings.http().host()).isEqualTo("127.0.0.1");
    assertThat(settings.http().port()).isEqualTo(8000);
    assertThat(settings.http().metricsToken()).as("/metrics public").isNull();
    assertThat(settings.appVersion()).isEqualTo("1.2.3");
    assertThat(settings.http().debug()).isFalse();
    assertThat(settings.reminderCheckInterval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.slack().socketMode()).isFalse();
    assertThat(settings.slack().httpEvents()).isFalse();
    assertThat(settings.claude().isConfigured()).isFalse();
    assertThat(settings.ses().isConfigured()).isFalse();
    assertThat(settings.http().rateLimits()).isEqualTo(RateLimits.DEFAULT);
    assertThat(settings.http().shutdownGrace()).isEqualTo(Duration.ofSeconds(20));
    assertThat(settings.endpoints()).isEqualTo(Settings.ProviderEndpoints.DEFAULT);
    assertThat(settings.databasePoolSize())
        .isEqualTo(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
  }

  @Test
  void database_pool_size_sets_how_many_connections_the_pool_holds_at_most() {
    assertThat(Settings.from(Map.of("DATABASE_POOL_SIZE", "4"), "x").databasePoolSize())
        .isEqualTo(4);
  }

  @Test
  void the_shutdown_grace_and_the_providers_addresses_are_read() {
    Settings settings =
        Settings.from(
            Map.of(
                "SHUTDOWN_GRACE", "5s",
                "SLACK_API_URL", "http://127.0.0.1:9001/api/",
                "AWS_ENDPOINT_URL", "http://127.0.0.1:9002",
                "ANTHROPIC_BASE_URL", "http://127.0.0.1:9003"),
            "x");
    Settings cutOff = Settings.from(Map.of("SHUTDOWN_GRACE", "0"), "x");

    assertThat(settings.http().shutdownGrace()).isEqualTo(Duration.ofSeconds(5));
    assertThat(cutOff.http().shutdownGrace()).isZero();
    assertThat(settings.endpoints().slackApiUrl()).isEqualTo("http://127.0.0.1:9001/api/");
    assertThat(settings.endpoints().awsEndpointUrl()).hasToString("http://127.0.0.1:9002");
    assertThat(settings.claude().baseUrl()).isEqualTo("http://127.0.0.1:9003");
  }

  @Test
  void rate_limits_are_read_and_zero_or_off_turns_each_off() {
    RateLimits read =
        Settings.from(
                Map.of(
                    "RATE_LIMIT_PER_SECOND", "0.5",
                    "RATE_LIMIT_BURST", "40",
                    "AUTH_FAILURES_PER_MINUTE", "3"),
                "x")
            .http()
            .rateLimits();
    RateLimits off =
        Settings.from(Map.of("RATE_LIMIT_BURST", "OFF", "AUTH_FAILURES_PER_MINUTE", "0"), "x")
            .http()
            .rateLimits();
    RateLimits noRate =
        Settings.from(Map.of("RATE_LIMIT_PER_SECOND", "off"), "x").http().rateLimits();

    assertThat(read).isEqualTo(new RateLimits(0.5, 40, 3));
    assertThat(off.limitsKeys()).isFalse();
    assertThat(off.limitsAuthFailures()).isFalse();
    assertThat(noRate.limitsKeys()).isFalse();
    assertThat(noRate.limitsAuthFailures()).isTrue();
  }

  @Test
  void every_variable_of_the_spec_is_read() {
    Settings settings =
        Settings.from(
            Map.ofEntries(
                Map.entry("DATABASE_URL", "postgresql://u:p@db:5432/concierge"),
                Map.entry("ANTHROPIC_API_KEY", "sk-ant-x"),
                Map.entry("SLACK_BOT_TOKEN", "xoxb-1"),
                Map.entry("SLACK_USER_TOKEN", "xoxp-2"),
                Map.entry("SLACK_APP_TOKEN", "xapp-3"),
                Map.entry("SLACK_SIGNING_SECRET", "signing-4"),
                Map.entry("AWS_ACCESS_KEY_ID", "AKIA"),
                Map.entry("AWS_SECRET_ACCESS_KEY", "secret"),
                Map.entry("AWS_REGION", "eu-west-1"),
                Map.entry("EMAIL_FROM", "concierge@example.com"),
                Map.entry("APP_NAME", "AI Concierge Platform"),
                Map.entry("APP_VERSION", "2.0.0"),
                Map.entry("DEBUG", "true"),
                Map.entry("FRONTEND_URL", "https://portal.example.com"),
                Map.entry("REMINDER_CHECK_INTERVAL", "60"),
                Map.entry("PORT", "9000"),
                Map.entry("HOST", "0.0.0.0"),
                Map.entry("CONCIERGE_DATA_DIR", "/var/lib/concierge")),
            "ignored");

    assertThat(settings.databaseUrl().jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/concierge");
    assertThat(settings.claude().isConfigured()).isTrue();
    assertThat(settings.slack().socketMode()).isTrue();
    assertThat(settings.slack().httpEvents()).isTrue();
    assertThat(settings.ses().isConfigured()).isTrue();
    assertThat(settings.ses().region()).isEqualTo("eu-west-1");
    assertThat(settings.appName()).isEqualTo("AI Concierge Platform");
    assertThat(settings.appVersion()).isEqualTo("2.0.0");
    assertThat(settings.http().debug()).isTrue();
    assertThat(settings.http().allowedOrigin()).isEqualTo("https://portal.example.com");
    assertThat(settings.reminderCheckInterval()).isEqualTo(Duration.ofMinutes(1));
    assertThat(settings.http().port()).isEqualTo(9000);
    assertThat(settings.http().host()).isEqualTo("0.0.0.0");
    assertThat(settings.dataDir()).isEqualTo(Path.of("/var/lib/concierge"));
  }

  @ParameterizedTest
  @CsvSource({"300, PT5M", "5m, PT5M", "PT5M, PT5M", "30s, PT30S", "2h, PT2H", "pt90s, PT1M30S"})
  void reminder_check_interval_accepts_seconds_short_and_iso_forms(String value, String expected) {
    Settings settings = Settings.from(Map.of("REMINDER_CHECK_INTERVAL", value), "x");

    assertThat(settings.reminderCheckInterval()).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({
    "PORT, abc",
    "PORT, 0",
    "PORT, 70000",
    "DEBUG, maybe",
    "REMINDER_CHECK_INTERVAL, soon",
    "REMINDER_CHECK_INTERVAL, 0",
    "REMINDER_CHECK_INTERVAL, 3d",
    "RATE_LIMIT_PER_SECOND, fast",
    "RATE_LIMIT_PER_SECOND, -1",
    "RATE_LIMIT_PER_SECOND, 1e3",
    "RATE_LIMIT_PER_SECOND, 0.0001",
    "RATE_LIMIT_PER_SECOND, 1000001",
    "RATE_LIMIT_BURST, 1.5",
    "RATE_LIMIT_BURST, -3",
    "RATE_LIMIT_BURST, 2000000",
    "AUTH_FAILURES_PER_MINUTE, never",
    "AUTH_FAILURES_PER_MINUTE, -1",
    "ACCESS_TOKEN_TTL, forever",
    "ACCESS_TOKEN_TTL, 30s",
    "ACCESS_TOKEN_TTL, 13h",
    "SHUTDOWN_GRACE, soon",
    "SHUTDOWN_GRACE, 6m",
    "ANTHROPIC_BASE_URL, api.anthropic.com",
    "LOG_FORMAT, xml",
    "HOST, http://0.0.0.0",
    "HOST, 0.0.0.0:8000",
    "HOST, my host",
    "HOST, -bad.example",
    "HOST, [::g]",
    "DATABASE_POOL_SIZE, 0",
    "DATABASE_POOL_SIZE, 101",
    "DATABASE_POOL_SIZE, many"
  })
  void an_unusable_setting_is_named_in_the_error(String name, String value) {
    assertThatThrownBy(() -> Settings.from(Map.of(name, value), "x"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(name)
        .hasMessageContaining(value);
  }

  @Test
  void tokens_last_15_minutes_by_default_and_access_token_ttl_changes_that() {
    assertThat(Settings.from(Map.of(), "x").tokens().lifetime()).isEqualTo(Duration.ofMinutes(15));
    assertThat(Settings.from(Map.of(), "x").tokens().secret()).isNull();
    assertThat(Settings.from(Map.of("ACCESS_TOKEN_TTL", "1h"), "x").tokens().lifetime())
        .isEqualTo(Duration.ofHours(1));
  }

  @Test
  void a_jwt_secret_shorter_than_32_bytes_stops_the_start_without_being_printed() {
    String secret = "only-thirty-one-bytes-long-abcd";
    String enough = "x".repeat(32);

    assertThatThrownBy(() -> Settings.from(Map.of("JWT_SECRET", secret), "x"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("JWT_SECRET must be at least 32 bytes, got 31")
        .hasMessageNotContaining(secret);
    Settings settings = Settings.from(Map.of("JWT_SECRET", enough), "x");
    assertThat(settings.tokens().secret()).isEqualTo(enough);
    assertThat(settings.tokens().toString()).doesNotContain(enough);
  }

  @ParameterizedTest
  @CsvSource({
    "localhost, localhost",
    "127.0.0.1, 127.0.0.1",
    "0.0.0.0, 0.0.0.0",
    "::, ::",
    "[::1], ::1",
    "api.internal.example, api.internal.example"
  })
  void host_takes_an_address_or_a_host_name(String value, String expected) {
    assertThat(Settings.from(Map.of("HOST", value), "x").http().host()).isEqualTo(expected);
  }

  @Test
  void a_metrics_token_shorter_than_16_characters_stops_the_start_without_being_printed() {
    String tooShort = "short-token-15c";
    String token = "scrape-token-0123456789";

    assertThatThrownBy(() -> Settings.from(Map.of("METRICS_TOKEN", tooShort), "x"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("METRICS_TOKEN must be at least 16 characters, got 15")
        .hasMessageNotContaining(tooShort);
    Settings settings = Settings.from(Map.of("METRICS_TOKEN", token), "x");
    assertThat(settings.http().metricsToken()).isNotNull();
    assertThat(settings.toString()).doesNotContain(token);
  }

  @Test
  void blank_variables_count_as_unset() {
    Settings settings = Settings.from(Map.of("DATABASE_URL", " ", "PORT", ""), "x");

    assertThat(settings.externalDatabase()).isEmpty();
    assertThat(settings.http().port()).isEqualTo(8000);
  }
}
