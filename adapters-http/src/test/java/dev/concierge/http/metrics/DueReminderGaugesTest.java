package dev.concierge.http.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The backlog gauges, on a clock the test moves, over a port that counts its queries. */
class DueReminderGaugesTest {
  private static final Instant T0 = Instant.parse("2025-10-27T14:00:00Z");
  private static final String AGE = "concierge_reminders_oldest_due_age_seconds";
  private static final String DUE = "concierge_reminders_due";

  private final MovableClock clock = new MovableClock(T0);
  private final FakeDueReminderStats stats = new FakeDueReminderStats().set(T0.minusSeconds(90), 3);
  private final ServiceMetrics metrics = new ServiceMetrics(stats, clock, Duration.ofSeconds(15));

  @AfterEach
  void close() {
    metrics.close();
  }

  @Test
  void the_oldest_due_reminders_age_and_the_count_come_from_one_query_per_scrape() {
    Scrape scrape = scrape();

    assertThat(scrape.value(AGE)).contains(90.0);
    assertThat(scrape.value(DUE)).contains(3.0);
    assertThat(stats.queries()).isEqualTo(1);
  }

  @Test
  void the_gauges_survive_garbage_collection() {
    // Micrometer keeps a gauge's object only weakly; a collected one reads NaN forever
    for (int i = 0; i < 5; i++) {
      System.gc();
    }

    Scrape scrape = scrape();

    assertThat(scrape.value(AGE)).contains(90.0);
    assertThat(scrape.value(DUE)).contains(3.0);
  }

  @Test
  void nothing_due_is_an_age_of_zero() {
    stats.set(null, 0);

    Scrape scrape = scrape();

    assertThat(scrape.value(AGE)).contains(0.0);
    assertThat(scrape.value(DUE)).contains(0.0);
  }

  @Test
  void scrapes_within_the_refresh_interval_reuse_the_last_values() {
    scrape();
    stats.set(T0.minusSeconds(600), 42);

    clock.advance(Duration.ofSeconds(14));
    Scrape stale = scrape();

    assertThat(stats.queries()).isEqualTo(1);
    assertThat(stale.value(AGE)).contains(90.0);
    assertThat(stale.value(DUE)).contains(3.0);

    clock.advance(Duration.ofSeconds(1));
    Scrape fresh = scrape();

    assertThat(stats.queries()).isEqualTo(2);
    assertThat(fresh.value(AGE)).contains(615.0);
    assertThat(fresh.value(DUE)).contains(42.0);
  }

  @Test
  void a_database_that_is_down_leaves_the_last_values_and_the_scrape_still_works() {
    scrape();
    stats.down(true);
    clock.advance(Duration.ofSeconds(15));

    Scrape whileDown = scrape();

    assertThat(stats.queries()).isEqualTo(2);
    assertThat(whileDown.value(AGE)).contains(90.0);
    assertThat(whileDown.value(DUE)).contains(3.0);
    assertThat(whileDown.value("process_uptime_seconds")).isPresent();

    // a failed query waits out the interval too, rather than hammer a database that is down
    scrape();
    assertThat(stats.queries()).isEqualTo(2);

    stats.down(false);
    stats.set(T0, 1);
    clock.advance(Duration.ofSeconds(15));

    assertThat(scrape().value(AGE)).contains(30.0);
  }

  @Test
  void before_the_first_successful_query_the_backlog_is_unknown_not_empty() {
    stats.down(true);

    Scrape scrape = scrape();

    assertThat(scrape.value(AGE)).hasValueSatisfying(v -> assertThat(v).isNaN());
    assertThat(scrape.value(DUE)).hasValueSatisfying(v -> assertThat(v).isNaN());
  }

  @Test
  void a_process_that_is_never_scraped_never_queries() {
    metrics.deliveryListener();

    assertThat(stats.queries()).isZero();
  }

  @Test
  void jvm_and_process_metrics_come_along() {
    Scrape scrape = scrape();

    assertThat(scrape.hasLabel("jvm_memory_used_bytes", "area", "heap")).isTrue();
    assertThat(scrape.value("jvm_threads_live_threads"))
        .hasValueSatisfying(v -> assertThat(v).isPositive());
    assertThat(scrape.value("system_cpu_count"))
        .hasValueSatisfying(v -> assertThat(v).isPositive());
    assertThat(scrape.value("process_uptime_seconds")).isPresent();
  }

  private Scrape scrape() {
    return new Scrape(metrics.scrape());
  }
}
