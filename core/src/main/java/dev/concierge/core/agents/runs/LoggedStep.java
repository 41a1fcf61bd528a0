package dev.concierge.core.agents.runs;

import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.RunStep;
import dev.concierge.core.agents.llm.JsonTree;
import dev.concierge.core.agents.llm.StopReason;
import dev.concierge.core.agents.llm.TokenUsage;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a logged run, in the order the run took them. Which components hold something depends
 * on its kind: a routing names the agent chosen and why, a model call the model and why it stopped,
 * a tool call the tool, its input and its outcome. Each has its tokens (none for a tool call) and
 * how long it took, to the millisecond.
 *
 * @param round the tool round: 0 for routing and the first reply, n for the n-th round's calls and
 *     the reply after them
 * @param agent the agent chosen; null unless a routing
 * @param reason the router's words for its choice; null unless a routing
 * @param model the model that answered; null for a tool call
 * @param stopReason why the model stopped; null unless a model call
 * @param tool the operationId called; null unless a tool call
 * @param input what the model sent the tool, as a JSON object; null unless a tool call
 * @param outcome how the call ended; null unless a tool call
 */
public record LoggedStep(
    StepKind kind,
    int round,
    AgentName agent,
    String reason,
    String model,
    StopReason stopReason,
    String tool,
    Map<String, Object> input,
    StepOutcome outcome,
    TokenUsage tokens,
    Duration latency) {

  public LoggedStep {
    Objects.requireNonNull(kind, "kind");
    input = input == null ? null : JsonTree.copyObject(input);
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(latency, "latency");
  }

  /** The runtime's step as the log keeps it. */
  public static LoggedStep of(RunStep step) {
    if (step instanceof RunStep.Routed routed) {
      return new LoggedStep(
          StepKind.ROUTING,
          0,
          routed.agent(),
          routed.reason(),
          routed.model(),
          null,
          null,
          null,
          null,
          routed.tokens(),
          millis(routed.latency()));
    }
    if (step instanceof RunStep.ModelCall call) {
      return new LoggedStep(
          StepKind.MODEL_CALL,
          call.round(),
          null,
          null,
          call.model(),
          call.stopReason(),
          null,
          null,
          null,
          call.tokens(),
          millis(call.latency()));
    }
    RunStep.ToolCall call = (RunStep.ToolCall) step;
    return new LoggedStep(
        StepKind.TOOL_CALL,
        call.round(),
        null,
        null,
        null,
        null,
        call.tool(),
        call.input(),
        StepOutcome.of(call.outcome()),
        TokenUsage.NONE,
        millis(call.latency()));
  }

  // the log counts in milliseconds, the same kept in memory as in PostgreSQL
  private static Duration millis(Duration latency) {
    return latency.truncatedTo(ChronoUnit.MILLIS);
  }
}
