package dev.concierge.http.metrics;

import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.RunStatus;
import dev.concierge.core.agents.llm.TokenUsage;
import dev.concierge.core.agents.runs.AgentRunListener;
import dev.concierge.core.agents.runs.LoggedRun;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the assistant's runs by agent and status, their tokens by agent (input, output, read from
 * and written to the prompt cache), and times them by agent. A run the router could not hand to an
 * agent counts under agent {@code none}. The meters of each agent are looked up once and kept.
 */
final class AgentMetrics implements AgentRunListener {
  private static final Logger log = LoggerFactory.getLogger(AgentMetrics.class);
  private static final String NO_AGENT = "none";

  /** A run is a few model calls: from a second to the 60 s an agent may take, and beyond. */
  private static final Duration[] RUN_BUCKETS = {
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofSeconds(2),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10),
    Duration.ofSeconds(20),
    Duration.ofSeconds(30),
    Duration.ofSeconds(60),
    Duration.ofSeconds(120)
  };

  private final MeterRegistry registry;
  private final Map<String, Meters> meters = new ConcurrentHashMap<>();

  AgentMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void recorded(LoggedRun run) {
    try {
      AgentName agent = run.agent();
      String name = agent == null ? NO_AGENT : agent.wireName();
      Meters forAgent = meters.get(name);
      if (forAgent == null) {
        forAgent = meters.computeIfAbsent(name, this::register);
      }
      forAgent.runs().get(run.status()).increment();
      TokenUsage tokens = run.tokens();
      forAgent.input().increment(tokens.input());
      forAgent.output().increment(tokens.output());
      forAgent.cacheRead().increment(tokens.cacheRead());
      forAgent.cacheWrite().increment(tokens.cacheWrite());
      if (!run.latency().isNegative()) {
        forAgent.latency().record(run.latency());
      }
    } catch (RuntimeException e) {
      // a chat must be answered whatever befalls its metrics
      log.warn("Could not record an agent run in the metrics", e);
    }
  }

  private Meters register(String agent) {
    Map<RunStatus, Counter> runs = new ConcurrentHashMap<>();
    for (RunStatus status : RunStatus.values()) {
      runs.put(
          status,
          Counter.builder("concierge.agent.runs")
              .description("Runs of the assistant, by the agent that ran and how it ended")
              .tags("agent", agent, "status", status.wireName())
              .register(registry));
    }
    return new Meters(
        Map.copyOf(runs),
        tokens(agent, "input"),
        tokens(agent, "output"),
        tokens(agent, "cache_read"),
        tokens(agent, "cache_write"),
        Timer.builder("concierge.agent.run")
            .description("How long a run took, routing, model and tool calls included")
            .tags("agent", agent)
            .serviceLevelObjectives(RUN_BUCKETS)
            .register(registry));
  }

  private Counter tokens(String agent, String type) {
    return Counter.builder("concierge.agent.tokens")
        .description(
            "Tokens the assistant's runs spent: input and output, read from and written"
                + " to the prompt cache")
        .tags("agent", agent, "type", type)
        .register(registry);
  }

  private record Meters(
      Map<RunStatus, Counter> runs,
      Counter input,
      Counter output,
      Counter cacheRead,
      Counter cacheWrite,
      Timer latency) {}
}
