package dev.concierge.http.metrics;

import dev.concierge.core.agents.runs.AgentRunListener;
import dev.concierge.core.reminders.delivery.DeliveryListener;
import dev.concierge.core.reminders.delivery.DueReminderStats;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;

/**
 * The process's metrics in one Prometheus registry: reminder deliveries (through {@link
 * #deliveryListener()}), the assistant's runs ({@link #agentRunListener()}), the backlog of due
 * reminders, and the JVM's own. Knows nothing of HTTP, so a process that only dispatches can count
 * its deliveries too; the HTTP adapter serves {@link #scrape()} at /metrics and adds its request
 * timer to {@link #registry()}.
 */
public final class ServiceMetrics implements AutoCloseable {
  /** Prometheus text exposition 0.0.4, what {@link #scrape()} writes. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  public static final Duration DEFAULT_BACKLOG_REFRESH = Duration.ofSeconds(15);

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private final DeliveryMetrics deliveries = new DeliveryMetrics(registry);
  private final AgentMetrics agentRuns = new AgentMetrics(registry);

  /** The JVM's meters and the delivery counters; the backlog once {@link #watchDueReminders}. */
  public ServiceMetrics() {
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /** Reads the backlog of due reminders at most every {@link #DEFAULT_BACKLOG_REFRESH}. */
  public ServiceMetrics(DueReminderStats dueReminders, Clock clock) {
    this(dueReminders, clock, DEFAULT_BACKLOG_REFRESH);
  }

  /**
   * @param backlogRefresh how long the backlog's two database queries are reused for; scrapes in
   *     between read the values last queried
   */
  public ServiceMetrics(DueReminderStats dueReminders, Clock clock, Duration backlogRefresh) {
    this();
    watchDueReminders(dueReminders, clock, backlogRefresh);
  }

  /**
   * Adds the gauges of the backlog of due reminders (how many, how old the oldest), read at most
   * every {@code refresh}. Separate from construction because the dispatcher that the delivery
   * counters listen to is built with the same store the backlog is read from.
   */
  public void watchDueReminders(DueReminderStats dueReminders, Clock clock, Duration refresh) {
    new DueReminderGauges(dueReminders, clock, refresh).register(registry);
  }

  /** Counts and times every delivery attempt; give it to the reminder dispatcher. */
  public DeliveryListener deliveryListener() {
    return deliveries;
  }

  /** Counts, tallies the tokens of and times every run of the assistant; give it to the library. */
  public AgentRunListener agentRunListener() {
    return agentRuns;
  }

  /** Where other adapters add their own meters. */
  public MeterRegistry registry() {
    return registry;
  }

  /** Every meter in the Prometheus text format ({@link #CONTENT_TYPE}). */
  public String scrape() {
    return registry.scrape();
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
