package dev.concierge.core.agents;

import dev.concierge.core.agents.llm.JsonTree;
import dev.concierge.core.agents.llm.StopReason;
import dev.concierge.core.agents.llm.TokenUsage;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/** One thing a run did, in order: a call to the model or a call of a tool. */
public sealed interface RunStep {

  /** How long it took, on the runtime's clock. */
  Duration latency();

  /**
   * The orchestrator chose the agent.
   *
   * @param reason the router's own words for its choice
   */
  record Routed(AgentName agent, String reason, String model, TokenUsage tokens, Duration latency)
      implements RunStep {
    public Routed {
      Objects.requireNonNull(agent, "agent");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(tokens, "tokens");
      Objects.requireNonNull(latency, "latency");
    }
  }

  /**
   * The agent's model answered.
   *
   * @param round the tool round it answered in: 0 for the first reply, n after the n-th round
   */
  record ModelCall(
      int round, String model, StopReason stopReason, TokenUsage tokens, Duration latency)
      implements RunStep {
    public ModelCall {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(stopReason, "stopReason");
      Objects.requireNonNull(tokens, "tokens");
      Objects.requireNonNull(latency, "latency");
    }
  }

  /**
   * The runtime answered one of the model's tool calls.
   *
   * @param round the tool round, from 1
   * @param toolUseId the model's id of the call
   * @param input what the model sent, as a JSON object
   */
  record ToolCall(
      int round,
      String toolUseId,
      String tool,
      Map<String, Object> input,
      ToolOutcome outcome,
      Duration latency)
      implements RunStep {
    public ToolCall {
      Objects.requireNonNull(toolUseId, "toolUseId");
      Objects.requireNonNull(tool, "tool");
      input = JsonTree.copyObject(input);
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(latency, "latency");
    }
  }
}
