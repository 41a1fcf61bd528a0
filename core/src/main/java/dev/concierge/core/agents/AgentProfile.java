package dev.concierge.core.agents;

import java.util.List;
import java.util.Objects;

/**
 * One agent as the roster describes it.
 *
 * @param description one line the orchestrator's routing prompt shows for it
 * @param allowedTools the operationIds it may call; nothing else is offered to the model
 * @param model the model it runs on
 * @param enabled whether the orchestrator may choose it
 */
public record AgentProfile(
    AgentName name,
    String description,
    String systemPrompt,
    List<String> allowedTools,
    String model,
    RunLimits limits,
    boolean enabled) {

  public AgentProfile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    if (systemPrompt == null || systemPrompt.isBlank()) {
      throw new IllegalArgumentException(name.wireName() + " needs a system prompt");
    }
    allowedTools = List.copyOf(allowedTools);
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException(name.wireName() + " needs a model");
    }
    Objects.requireNonNull(limits, "limits");
  }

  public AgentProfile withModel(String newModel) {
    return new AgentProfile(
        name, description, systemPrompt, allowedTools, newModel, limits, enabled);
  }

  public AgentProfile withLimits(RunLimits newLimits) {
    return new AgentProfile(
        name, description, systemPrompt, allowedTools, model, newLimits, enabled);
  }

  public AgentProfile withEnabled(boolean isEnabled) {
    return new AgentProfile(
        name, description, systemPrompt, allowedTools, model, limits, isEnabled);
  }
}
