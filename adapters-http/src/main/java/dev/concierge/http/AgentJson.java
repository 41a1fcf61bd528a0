package dev.concierge.http;

import dev.concierge.core.agents.roster.RosterAgent;
import java.time.Instant;
import java.util.List;

/**
 * An agent of the roster as the API shows it: the prompt and tools it runs with, and whether they
 * are the organization's own or the shipped ones.
 */
record AgentJson(
    String name,
    String description,
    String systemPrompt,
    boolean customPrompt,
    List<String> tools,
    boolean customTools,
    String model,
    int maxToolRounds,
    int maxTokens,
    int maxRunTokens,
    int wallTimeSeconds,
    boolean enabled,
    UpdatedBy updatedBy,
    Instant updatedAt) {

  /** Who changed it last, named as the audit log names actors. */
  record UpdatedBy(String actorType, String actorId, String actorName) {}

  static AgentJson of(RosterAgent agent) {
    return new AgentJson(
        agent.name().wireName(),
        agent.description(),
        agent.systemPrompt(),
        agent.customPrompt() != null,
        agent.tools(),
        agent.customTools() != null,
        agent.model(),
        agent.maxToolRounds(),
        agent.maxTokens(),
        agent.maxRunTokens(),
        agent.wallTimeSeconds(),
        agent.enabled(),
        agent.updatedByType() == null
            ? null
            : new UpdatedBy(
                agent.updatedByType().wireName(), agent.updatedById(), agent.updatedByName()),
        agent.updatedAt());
  }
}
