package dev.concierge.http.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.reminders.delivery.DeliveryAttempt;
import dev.concierge.core.reminders.delivery.DeliveryAttempt.Outcome;
import dev.concierge.core.reminders.delivery.DeliveryListener;
import dev.concierge.core.reminders.delivery.DueReminder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the dispatcher's attempts become in the scrape. */
class DeliveryMetricsTest {
  private static final Instant T0 = Instant.parse("2025-10-27T14:00:00Z");

  private final ServiceMetrics metrics =
      new ServiceMetrics(new FakeDueReminderStats(), Clock.systemUTC());
  private final DeliveryListener listener = metrics.deliveryListener();

  @AfterEach
  void close() {
    metrics.close();
  }

  @Test
  void each_outcome_is_counted_under_its_own_name_channel_and_provider() {
    listener.attempted(attempt(ChannelType.SLACK, "slack", Outcome.DELIVERED, 120));
    listener.attempted(attempt(ChannelType.SLACK, "slack", Outcome.DELIVERED, 80));
    listener.attempted(attempt(ChannelType.EMAIL, "ses", Outcome.DELIVERED, 300));
    listener.attempted(attempt(ChannelType.EMAIL, "ses", Outcome.RETRY, 40));
    listener.attempted(attempt(ChannelType.EMAIL, "ses", Outcome.EXHAUSTED, 40));
    listener.attempted(attempt(ChannelType.SLACK, "slack", Outcome.FAILED, 10));

    Scrape scrape = new Scrape(metrics.scrape());

    assertThat(
            scrape.value(
                "concierge_reminders_dispatched_total", "channel", "slack", "provider", "slack"))
        .contains(2.0);
    assertThat(
            scrape.value(
                "concierge_reminders_dispatched_total", "channel", "email", "provider", "ses"))
        .contains(1.0);
    assertThat(
            scrape.value(
                "concierge_reminders_retried_total", "channel", "email", "provider", "ses"))
        .contains(1.0);
    assertThat(
            scrape.value(
                "concierge_reminders_failed_total",
                "channel",
                "email",
                "provider",
                "ses",
                "reason",
                "exhausted"))
        .contains(1.0);
    assertThat(
            scrape.value(
                "concierge_reminders_failed_total",
                "channel",
                "email",
                "provider",
                "ses",
                "reason",
                "permanent"))
        .contains(0.0);
    assertThat(
            scrape.value(
                "concierge_reminders_failed_total",
                "channel",
                "slack",
                "provider",
                "slack",
                "reason",
                "permanent"))
        .contains(1.0);
  }

  @Test
  void every_attempt_is_timed_from_its_start_to_its_finish_whatever_its_outcome() {
    listener.attempted(attempt(ChannelType.SLACK, "slack", Outcome.DELIVERED, 120));
    listener.attempted(attempt(ChannelType.SLACK, "slack", Outcome.RETRY, 80));
    listener.attempted(attempt(ChannelType.SLACK, "slack", Outcome.FAILED, 3000));

    Scrape scrape = new Scrape(metrics.scrape());

    String[] slack = {"channel", "slack", "provider", "slack"};
    assertThat(scrape.value("concierge_reminder_send_seconds_count", slack)).contains(3.0);
    assertThat(scrape.value("concierge_reminder_send_seconds_sum", slack).orElseThrow())
        .isCloseTo(3.2, Offset.offset(1e-9));
    assertThat(scrape.value("concierge_reminder_send_seconds_max", slack).orElseThrow())
        .isCloseTo(3.0, Offset.offset(1e-9));
    // cumulative buckets: 80 ms and 120 ms fall under 0.25 s, all three under 5 s
    assertThat(
            scrape.value(
                "concierge_reminder_send_seconds_bucket",
                "channel",
                "slack",
                "provider",
                "slack",
                "le",
                "0.1"))
        .contains(1.0);
    assertThat(
            scrape.value(
                "concierge_reminder_send_seconds_bucket",
                "channel",
                "slack",
                "provider",
                "slack",
                "le",
                "0.25"))
        .contains(2.0);
    assertThat(
            scrape.value(
                "concierge_reminder_send_seconds_bucket",
                "channel",
                "slack",
                "provider",
                "slack",
                "le",
                "5.0"))
        .contains(3.0);
  }

  @Test
  void an_attempt_without_a_route_is_counted_under_channel_none() {
    listener.attempted(attempt(null, "none", Outcome.FAILED, 0));

    Scrape scrape = new Scrape(metrics.scrape());

    assertThat(
            scrape.value(
                "concierge_reminders_failed_total",
                "channel",
                "none",
                "provider",
                "none",
                "reason",
                "permanent"))
        .contains(1.0);
    assertThat(
            scrape.value(
                "concierge_reminder_send_seconds_count", "channel", "none", "provider", "none"))
        .contains(1.0);
  }

  @Test
  void an_attempt_that_finished_before_it_started_is_counted_but_not_timed() {
    DeliveryAttempt backwards = attempt(ChannelType.SMS, "twilio", Outcome.DELIVERED, -500);

    assertThatCode(() -> listener.attempted(backwards)).doesNotThrowAnyException();

    Scrape scrape = new Scrape(metrics.scrape());
    assertThat(
            scrape.value(
                "concierge_reminders_dispatched_total", "channel", "sms", "provider", "twilio"))
        .contains(1.0);
    assertThat(
            scrape.value(
                "concierge_reminder_send_seconds_count", "channel", "sms", "provider", "twilio"))
        .contains(0.0);
  }

  private static DeliveryAttempt attempt(
      ChannelType channel, String provider, Outcome outcome, long millis) {
    DueReminder reminder =
        new DueReminder(
            UUID.randomUUID(),
            UUID.randomUUID(),
            UUID.randomUUID(),
            T0,
            1,
            channel == null ? null : UUID.randomUUID(),
            channel,
            channel == null ? null : "someone",
            "Ada Lovelace",
            ZoneId.of("Europe/London"),
            "Birthday",
            "Birthdays",
            LocalDate.of(2025, 10, 28),
            null,
            null);
    Instant started = T0.plusSeconds(5);
    if (channel == null) {
      return DeliveryAttempt.noRoute(reminder, started);
    }
    DeliveryAttempt.Send send =
        new DeliveryAttempt.Send(
            reminder,
            provider,
            "Ada's birthday is tomorrow",
            false,
            started,
            started.plus(Duration.ofMillis(millis)));
    return switch (outcome) {
      case DELIVERED -> send.delivered("msg-1");
      case RETRY -> send.retryAt(started.plusSeconds(60), "err", "it went wrong");
      case EXHAUSTED -> send.exhausted("err", "it went wrong");
      case FAILED -> send.failed("err", "it went wrong");
    };
  }
}
