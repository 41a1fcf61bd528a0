package dev.concierge.core.agents.roster;

import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.AgentProfile;
import dev.concierge.core.agents.AgentPrompts;
import dev.concierge.core.agents.DefaultRoster;
import dev.concierge.core.agents.RunLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One agent of an organization's roster, as its admins set it up.
 *
 * <p>Its limits map onto {@link RunLimits} one to one: {@code maxSteps} is the tool rounds of a
 * run, {@code maxTokens} the most one reply of the model may be (the Messages API's {@code
 * max_tokens}), {@code maxRunTokens} every token of every model call of the run, and {@code
 * maxRunSeconds} the run's wall time; the same tool call three times always ends a run.
 *
 * @param description the one line the orchestrator's routing prompt shows for it
 * @param allowedTools the operationIds it may call
 * @param model the model it runs on; null for the installation's (ANTHROPIC_MODEL)
 */
public record RosterAgent(
    UUID agentId,
    UUID orgId,
    AgentName name,
    String description,
    String systemPrompt,
    List<String> allowedTools,
    String model,
    int maxSteps,
    int maxTokens,
    int maxRunTokens,
    int maxRunSeconds,
    boolean enabled,
    Instant createdAt,
    Instant updatedAt) {

  public RosterAgent {
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(systemPrompt, "systemPrompt");
    allowedTools = List.copyOf(allowedTools);
  }

  /** The agent as every organization starts with it: shipped prompt, tools and default limits. */
  public static RosterAgent seeded(UUID orgId, AgentName name) {
    RunLimits limits = RunLimits.DEFAULT;
    return new RosterAgent(
        UUID.randomUUID(),
        orgId,
        name,
        DefaultRoster.description(name),
        AgentPrompts.system(name),
        DefaultRoster.tools(name),
        null,
        limits.toolRounds(),
        limits.replyTokens(),
        Math.toIntExact(limits.runTokens()),
        Math.toIntExact(limits.wallTime().toSeconds()),
        true,
        null,
        null);
  }

  /** Every agent, as a new organization gets them, in {@link AgentName} order. */
  public static List<RosterAgent> seeded(UUID orgId) {
    return List.of(AgentName.values()).stream().map(name -> seeded(orgId, name)).toList();
  }

  public RunLimits limits() {
    return new RunLimits(
        maxSteps,
        maxRunTokens,
        maxTokens,
        Duration.ofSeconds(maxRunSeconds),
        RunLimits.DEFAULT.identicalCalls());
  }

  /**
   * The agent as the runtime runs it.
   *
   * @param installationModel the model of an agent that names none (ANTHROPIC_MODEL)
   */
  public AgentProfile profile(String installationModel) {
    return new AgentProfile(
        name,
        description,
        systemPrompt,
        allowedTools,
        model == null ? installationModel : model,
        limits(),
        enabled);
  }

  /** This agent with what a change may set, as it is after it. */
  public RosterAgent changed(
      String description,
      String systemPrompt,
      List<String> allowedTools,
      String model,
      int maxSteps,
      int maxTokens,
      int maxRunTokens,
      int maxRunSeconds,
      boolean enabled) {
    return new RosterAgent(
        agentId,
        orgId,
        name,
        description,
        systemPrompt,
        allowedTools,
        model,
        maxSteps,
        maxTokens,
        maxRunTokens,
        maxRunSeconds,
        enabled,
        createdAt,
        updatedAt);
  }

  /** This agent as a store keeps it, created and changed at the times given. */
  public RosterAgent stored(Instant createdAt, Instant updatedAt) {
    return new RosterAgent(
        agentId,
        orgId,
        name,
        description,
        systemPrompt,
        allowedTools,
        model,
        maxSteps,
        maxTokens,
        maxRunTokens,
        maxRunSeconds,
        enabled,
        createdAt,
        updatedAt);
  }
}
