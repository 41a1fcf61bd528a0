package dev.concierge.ses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void reads_delay_seconds() {
    assertThat(RetryAfter.parse(" 30 ", NOW)).contains(Duration.ofSeconds(30));
  }

  @Test
  void reads_an_http_date_as_the_wait_until_then() {
    assertThat(RetryAfter.parse("Sun, 01 Mar 2026 10:01:30 GMT", NOW))
        .contains(Duration.ofSeconds(90));
  }

  @Test
  void ignores_what_it_cannot_use() {
    assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
    assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
    assertThat(RetryAfter.parse("Sun, 01 Mar 2026 09:59:00 GMT", NOW)).isEmpty();
  }
}
