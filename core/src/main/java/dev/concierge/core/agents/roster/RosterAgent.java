package dev.concierge.core.agents.roster;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.access.Caller;
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
 * <p>What an admin has not set follows the shipped roster ({@link DefaultRoster}, the prompts
 * beside {@link AgentPrompts}): a null prompt or tool list is the shipped one, so an organization
 * gets a better prompt with a new release unless it wrote its own, and a null model is the
 * installation's (ANTHROPIC_MODEL). The limits map onto {@link RunLimits} one to one; the same tool
 * call three times always ends a run.
 *
 * @param customPrompt the admins' system prompt; null for the shipped one
 * @param customTools the operationIds the admins allow; null for the shipped ones
 * @param model the model it runs on; null for the installation's
 * @param maxToolRounds how many times the model may call tools and read their results
 * @param maxTokens the most one reply of the model may be (the Messages API's max_tokens)
 * @param maxRunTokens every token of every model call of a run
 * @param wallTimeSeconds the most a run may take
 * @param updatedByType who changed it last, as the audit log names actors; null while nobody has
 */
public record RosterAgent(
    UUID agentId,
    UUID orgId,
    AgentName name,
    String customPrompt,
    List<String> customTools,
    String model,
    int maxToolRounds,
    int maxTokens,
    int maxRunTokens,
    int wallTimeSeconds,
    boolean enabled,
    ActorType updatedByType,
    String updatedById,
    String updatedByName,
    Instant updatedAt) {

  public RosterAgent {
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(name, "name");
    customTools = customTools == null ? null : List.copyOf(customTools);
  }

  /** The agent as every organization starts with it: shipped prompt and tools, default limits. */
  public static RosterAgent shipped(UUID orgId, AgentName name) {
    RunLimits limits = RunLimits.DEFAULT;
    return new RosterAgent(
        UUID.randomUUID(),
        orgId,
        name,
        null,
        null,
        null,
        limits.toolRounds(),
        limits.replyTokens(),
        Math.toIntExact(limits.runTokens()),
        Math.toIntExact(limits.wallTime().toSeconds()),
        true,
        null,
        null,
        null,
        null);
  }

  /** The one line the orchestrator's routing prompt shows for it. */
  public String description() {
    return DefaultRoster.description(name);
  }

  /** The system prompt it runs with: the admins' own, or the shipped one. */
  public String systemPrompt() {
    return customPrompt != null ? customPrompt : AgentPrompts.system(name);
  }

  /** The operationIds it may call: the admins' list, or the shipped one. */
  public List<String> tools() {
    return customTools != null ? customTools : DefaultRoster.tools(name);
  }

  public RunLimits limits() {
    return new RunLimits(
        maxToolRounds,
        maxRunTokens,
        maxTokens,
        Duration.ofSeconds(wallTimeSeconds),
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
        description(),
        systemPrompt(),
        tools(),
        model == null ? installationModel : model,
        limits(),
        enabled);
  }

  /** This agent as a change by {@code caller} leaves it; the store sets when. */
  public RosterAgent changedBy(
      Caller caller,
      String prompt,
      List<String> tools,
      String newModel,
      int toolRounds,
      int replyTokens,
      int runTokens,
      int seconds,
      boolean isEnabled) {
    return new RosterAgent(
        agentId,
        orgId,
        name,
        prompt,
        tools,
        newModel,
        toolRounds,
        replyTokens,
        runTokens,
        seconds,
        isEnabled,
        caller.actorType(),
        caller.actorId() == null ? null : caller.actorId().toString(),
        caller.name(),
        updatedAt);
  }

  /** This agent as a store keeps it, changed last at {@code at}. */
  public RosterAgent storedAt(Instant at) {
    return new RosterAgent(
        agentId,
        orgId,
        name,
        customPrompt,
        customTools,
        model,
        maxToolRounds,
        maxTokens,
        maxRunTokens,
        wallTimeSeconds,
        enabled,
        updatedByType,
        updatedById,
        updatedByName,
        at);
  }
}
