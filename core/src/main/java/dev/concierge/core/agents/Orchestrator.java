package dev.concierge.core.agents;

import dev.concierge.core.agents.llm.ContentBlock;
import dev.concierge.core.agents.llm.LlmException;
import dev.concierge.core.agents.llm.LlmMalformedReplyException;
import dev.concierge.core.agents.llm.LlmMessage;
import dev.concierge.core.agents.llm.LlmPort;
import dev.concierge.core.agents.llm.LlmReply;
import dev.concierge.core.agents.llm.LlmRequest;
import dev.concierge.core.agents.llm.StopReason;
import dev.concierge.core.agents.llm.SystemBlock;
import dev.concierge.core.agents.llm.ToolChoice;
import dev.concierge.core.agents.llm.ToolDefinition;
import dev.concierge.core.errors.ConfigurationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hands a message to one of the enabled agents: one call to the router model, whose only tool is
 * {@value #ROUTE_TOOL} and which must call it, then the chosen agent's run. The routing is the
 * run's first step, so the run's log and tokens include it.
 */
public final class Orchestrator {
  public static final String ROUTE_TOOL = "route_to_agent";

  // The router writes a name and one sentence; a small cap keeps a rambling one cheap.
  static final int ROUTING_REPLY_TOKENS = 300;

  private final LlmPort llm;
  private final AgentRuntime runtime;
  private final Clock clock;
  private final String routerModel;
  private final String routingPrompt;

  /**
   * @param routerModel the model that routes (ANTHROPIC_ROUTER_MODEL), often a smaller one
   * @param routingPrompt the router's rules (see {@link AgentPrompts#routing()})
   */
  public Orchestrator(
      LlmPort llm, AgentRuntime runtime, Clock clock, String routerModel, String routingPrompt) {
    this.llm = Objects.requireNonNull(llm, "llm");
    this.runtime = Objects.requireNonNull(runtime, "runtime");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (routerModel == null || routerModel.isBlank()) {
      throw new IllegalArgumentException("the router needs a model");
    }
    this.routerModel = routerModel;
    this.routingPrompt = Objects.requireNonNull(routingPrompt, "routingPrompt");
  }

  /** The router's choice for a message, or the run that ended without one. */
  public sealed interface Routing {
    /**
     * @param step the routing as the run's first step
     * @param startedAt when the routing began, which is when the run began
     */
    record Chosen(AgentProfile agent, RunStep.Routed step, Instant startedAt) implements Routing {}

    /**
     * @param run how the run ended: failed or refused, with no agent
     */
    record Unrouted(AgentRun run) implements Routing {}
  }

  /**
   * Routes the message, then runs the chosen agent. Like {@link AgentRuntime#run}, it answers every
   * failure of the model as a run; a routing that fails has no agent.
   *
   * @param roster every agent of the organization; only the enabled ones can be chosen
   * @throws ConfigurationException when no agent is enabled
   */
  public AgentRun run(List<AgentProfile> roster, AgentTask task, AgentTools tools) {
    Routing routing = route(roster, task);
    if (routing instanceof Routing.Unrouted unrouted) {
      return unrouted.run();
    }
    Routing.Chosen chosen = (Routing.Chosen) routing;
    return runtime.run(chosen.agent(), task, tools).afterRouting(chosen.step(), chosen.startedAt());
  }

  /**
   * The one call to the router model: which enabled agent should handle the message, without
   * running it (what {@link #run} does first, and what an evaluation of the routing measures).
   *
   * @throws ConfigurationException when no agent is enabled
   */
  public Routing route(List<AgentProfile> roster, AgentTask task) {
    Map<String, AgentProfile> enabled = enabled(roster);
    Instant startedAt = clock.instant();
    LlmRequest request = routingRequest(enabled, task);
    LlmReply reply;
    try {
      reply = llm.complete(request);
    } catch (LlmException e) {
      return unrouted(
          RunStatus.FAILED, List.of(), "routing failed: " + e.getMessage(), e, startedAt);
    } catch (RuntimeException e) {
      return unrouted(
          RunStatus.FAILED, List.of(), "routing failed unexpectedly: " + e, e, startedAt);
    }
    Duration latency = Duration.between(startedAt, clock.instant());
    if (reply.stopReason() == StopReason.REFUSAL) {
      RunStep.ModelCall call =
          new RunStep.ModelCall(0, reply.model(), reply.stopReason(), reply.usage(), latency);
      return unrouted(
          RunStatus.REFUSED, List.of(call), "the router declined the message", null, startedAt);
    }
    RunStep.Routed routed;
    try {
      routed = routed(reply, enabled, latency);
    } catch (LlmMalformedReplyException e) {
      RunStep.ModelCall call =
          new RunStep.ModelCall(0, reply.model(), reply.stopReason(), reply.usage(), latency);
      return unrouted(RunStatus.FAILED, List.of(call), e.getMessage(), e, startedAt);
    }
    return new Routing.Chosen(enabled.get(routed.agent().wireName()), routed, startedAt);
  }

  private static Map<String, AgentProfile> enabled(List<AgentProfile> roster) {
    Map<String, AgentProfile> enabled = new LinkedHashMap<>();
    for (AgentProfile profile : roster) {
      if (profile.enabled()) {
        enabled.put(profile.name().wireName(), profile);
      }
    }
    if (enabled.isEmpty()) {
      throw new ConfigurationException("no agent is enabled, so no message can be answered");
    }
    return enabled;
  }

  private LlmRequest routingRequest(Map<String, AgentProfile> enabled, AgentTask task) {
    List<SystemBlock> system = new ArrayList<>();
    system.add(SystemBlock.cached(routingPrompt + "\n\n" + agentList(enabled)));
    if (!task.context().isBlank()) {
      system.add(SystemBlock.cached(task.context()));
    }
    return new LlmRequest(
        routerModel,
        system,
        List.of(LlmMessage.user(task.message())),
        List.of(routeTool(enabled)),
        ToolChoice.tool(ROUTE_TOOL),
        ROUTING_REPLY_TOKENS);
  }

  private static String agentList(Map<String, AgentProfile> enabled) {
    StringBuilder list = new StringBuilder("The agents you can choose from:\n");
    enabled.forEach(
        (name, profile) ->
            list.append("- ").append(name).append(": ").append(profile.description()).append('\n'));
    return list.toString().strip();
  }

  static ToolDefinition routeTool(Map<String, AgentProfile> enabled) {
    Map<String, Object> agent = new LinkedHashMap<>();
    agent.put("type", "string");
    agent.put("enum", List.copyOf(enabled.keySet()));
    agent.put("description", "The agent that handles the message.");
    Map<String, Object> reason = new LinkedHashMap<>();
    reason.put("type", "string");
    reason.put("description", "One short sentence: why this agent.");
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("agent", agent);
    properties.put("reason", reason);
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    schema.put("required", List.of("agent", "reason"));
    schema.put("additionalProperties", false);
    return new ToolDefinition(
        ROUTE_TOOL,
        "Hands the person's message to the one agent best placed to handle it.",
        schema);
  }

  private static RunStep.Routed routed(
      LlmReply reply, Map<String, AgentProfile> enabled, Duration latency) {
    ContentBlock.ToolUse route =
        reply.toolUses().stream()
            .filter(use -> use.name().equals(ROUTE_TOOL))
            .findFirst()
            .orElseThrow(
                () -> new LlmMalformedReplyException("the router did not call " + ROUTE_TOOL));
    Object agent = route.input().get("agent");
    AgentProfile chosen = agent instanceof String name ? enabled.get(name) : null;
    if (chosen == null) {
      throw new LlmMalformedReplyException(
          "the router chose " + agent + ", which is not an enabled agent");
    }
    Object reason = route.input().get("reason");
    return new RunStep.Routed(
        chosen.name(),
        reason instanceof String text ? text : "",
        reply.model(),
        reply.usage(),
        latency);
  }

  private Routing unrouted(
      RunStatus status,
      List<RunStep> steps,
      String detail,
      RuntimeException failure,
      Instant startedAt) {
    return new Routing.Unrouted(
        new AgentRun(
            null,
            status,
            RunReplies.of(status),
            steps,
            null,
            detail,
            failure,
            startedAt,
            clock.instant()));
  }
}
