package dev.concierge.core.agents;

import dev.concierge.core.agents.llm.TokenUsage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run did and how it ended: everything its log and the chat's answer need.
 *
 * @param agent the agent that ran; null only when the orchestrator could not choose one
 * @param reply what the person is told: the model's answer, or a polite sentence when the run did
 *     not succeed
 * @param steps every model and tool call, in order
 * @param limit which limit ended the run; null unless {@link RunStatus#LIMIT_REACHED}
 * @param detail why the run ended as it did, for the log and staff; null when it succeeded
 * @param failure what made it fail; null unless {@link RunStatus#FAILED}
 */
public record AgentRun(
    AgentName agent,
    RunStatus status,
    String reply,
    List<RunStep> steps,
    RunLimit limit,
    String detail,
    RuntimeException failure,
    Instant startedAt,
    Instant finishedAt) {

  public AgentRun {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reply, "reply");
    steps = List.copyOf(steps);
    if ((status == RunStatus.LIMIT_REACHED) != (limit != null)) {
      throw new IllegalArgumentException("a run names its limit exactly when it reached one");
    }
    if ((status == RunStatus.FAILED) != (failure != null)) {
      throw new IllegalArgumentException("a run carries a failure exactly when it failed");
    }
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
  }

  /**
   * A run that failed before any model was asked: the assistant has no model, or what the run
   * needed could not be read. It has no agent and no steps, and tells the person it failed.
   */
  public static AgentRun failedToStart(
      RuntimeException failure, String detail, Instant startedAt, Instant finishedAt) {
    return new AgentRun(
        null,
        RunStatus.FAILED,
        RunReplies.of(RunStatus.FAILED),
        List.of(),
        null,
        detail,
        failure,
        startedAt,
        finishedAt);
  }

  /** Every token of every model call of the run, routing included. */
  public TokenUsage usage() {
    TokenUsage total = TokenUsage.NONE;
    for (RunStep step : steps) {
      if (step instanceof RunStep.ModelCall call) {
        total = total.plus(call.tokens());
      } else if (step instanceof RunStep.Routed routed) {
        total = total.plus(routed.tokens());
      }
    }
    return total;
  }

  public List<RunStep.ToolCall> toolCalls() {
    return steps.stream()
        .filter(RunStep.ToolCall.class::isInstance)
        .map(RunStep.ToolCall.class::cast)
        .toList();
  }

  /** The deletes the model asked for, which wait for a person's confirmation. */
  public List<RunStep.ToolCall> pendingActions() {
    return toolCalls().stream()
        .filter(call -> call.outcome() instanceof ToolOutcome.NeedsConfirmation)
        .toList();
  }

  /** How many tool rounds ran. */
  public int toolRounds() {
    return toolCalls().stream().mapToInt(RunStep.ToolCall::round).max().orElse(0);
  }

  /** The model of the agent's last reply, as the provider named it; empty when none answered. */
  public Optional<String> model() {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i) instanceof RunStep.ModelCall call) {
        return Optional.of(call.model());
      }
    }
    return Optional.empty();
  }

  /** This run as the second part of an orchestrated one: the routing first, from its start. */
  AgentRun afterRouting(RunStep.Routed routing, Instant routingStartedAt) {
    List<RunStep> all = new ArrayList<>(steps.size() + 1);
    all.add(routing);
    all.addAll(steps);
    return new AgentRun(
        agent, status, reply, all, limit, detail, failure, routingStartedAt, finishedAt);
  }
}
