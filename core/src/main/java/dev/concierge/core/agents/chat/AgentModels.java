package dev.concierge.core.agents.chat;

import dev.concierge.core.agents.llm.LlmPort;
import java.util.Objects;

/**
 * The language model the assistant runs on, or why it has none. Without one the chat still keeps
 * the person's message and logs the run, then fails with {@link AssistantOffException} saying how
 * to turn it on.
 *
 * @param llm the model's port; null when the assistant is off
 * @param model the agents' model where the roster names none (ANTHROPIC_MODEL)
 * @param routerModel the orchestrator's model (ANTHROPIC_ROUTER_MODEL)
 * @param offReason what the person is told when it is off; null when it is on
 */
public record AgentModels(LlmPort llm, String model, String routerModel, String offReason) {
  public AgentModels {
    if (llm == null) {
      Objects.requireNonNull(offReason, "offReason");
    } else if (model == null || model.isBlank() || routerModel == null || routerModel.isBlank()) {
      throw new IllegalArgumentException("the assistant needs a model and a router model");
    }
  }

  public static AgentModels on(LlmPort llm, String model, String routerModel) {
    return new AgentModels(Objects.requireNonNull(llm, "llm"), model, routerModel, null);
  }

  /**
   * @param reason one sentence naming what turns it on (the setting, for an installation)
   */
  public static AgentModels off(String reason) {
    return new AgentModels(null, null, null, reason);
  }

  public boolean isOn() {
    return llm != null;
  }
}
