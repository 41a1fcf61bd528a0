package dev.concierge.http.metrics;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.reminders.delivery.DeliveryAttempt;
import dev.concierge.core.reminders.delivery.DeliveryAttempt.Outcome;
import dev.concierge.core.reminders.delivery.DeliveryListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts delivery attempts by outcome and times them. The meters of each tag set are looked up in
 * the registry once and kept, since the dispatcher calls this for every attempt on its own threads
 * and a registry lookup builds ids and takes locks.
 */
final class DeliveryMetrics implements DeliveryListener {
  private static final Logger log = LoggerFactory.getLogger(DeliveryMetrics.class);

  /** Sends go to outside providers: from tens of milliseconds to a provider's own time-out. */
  private static final Duration[] SEND_BUCKETS = {
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10),
    Duration.ofSeconds(30)
  };

  private final MeterRegistry registry;
  private final Map<Route, Meters> meters = new ConcurrentHashMap<>();

  DeliveryMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void attempted(DeliveryAttempt attempt) {
    try {
      Route route = new Route(attempt.channel(), attempt.provider());
      Meters forRoute = meters.get(route);
      if (forRoute == null) {
        forRoute = meters.computeIfAbsent(route, this::register);
      }
      forRoute.outcome(attempt.outcome()).increment();
      Duration latency = DeliveryListener.latency(attempt);
      // a wall clock stepped back mid-send gives no latency worth keeping; the outcome still counts
      if (!latency.isNegative()) {
        forRoute.send().record(latency);
      }
    } catch (RuntimeException e) {
      // the dispatcher must go on delivering whatever befalls its metrics
      log.warn("Could not record a delivery attempt in the metrics", e);
    }
  }

  private Meters register(Route route) {
    String channel = route.channel() == null ? "none" : route.channel().wireName();
    String provider = route.provider();
    return new Meters(
        Counter.builder("concierge.reminders.dispatched")
            .description("Reminders delivered")
            .tags("channel", channel, "provider", provider)
            .register(registry),
        Counter.builder("concierge.reminders.retried")
            .description("Delivery attempts that failed for now and will be tried again")
            .tags("channel", channel, "provider", provider)
            .register(registry),
        failed(channel, provider, "exhausted"),
        failed(channel, provider, "permanent"),
        Timer.builder("concierge.reminder.send")
            .description("How long one delivery attempt took, whatever its outcome")
            .tags("channel", channel, "provider", provider)
            .serviceLevelObjectives(SEND_BUCKETS)
            .register(registry));
  }

  private Counter failed(String channel, String provider, String reason) {
    return Counter.builder("concierge.reminders.failed")
        .description("Reminders that ended failed: a permanent error, or no attempts left")
        .tags("channel", channel, "provider", provider, "reason", reason)
        .register(registry);
  }

  private record Route(ChannelType channel, String provider) {}

  private record Meters(
      Counter dispatched, Counter retried, Counter exhausted, Counter permanent, Timer send) {
    Counter outcome(Outcome outcome) {
      return switch (outcome) {
        case DELIVERED -> dispatched;
        case RETRY -> retried;
        case EXHAUSTED -> exhausted;
        case FAILED -> permanent;
      };
    }
  }
}
