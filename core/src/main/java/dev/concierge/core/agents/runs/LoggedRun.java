package dev.concierge.core.agents.runs;

import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.AgentRun;
import dev.concierge.core.agents.RunLimit;
import dev.concierge.core.agents.RunStatus;
import dev.concierge.core.agents.llm.TokenUsage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One run of the assistant as its log keeps it: what it was asked and for whom, which agent ran,
 * how it ended, what it answered, what it spent, and every step. Its times are to the millisecond.
 *
 * @param agent the agent that ran; null when the orchestrator could not choose one
 * @param caller who the run acted for
 * @param limit which limit ended it; null unless {@link RunStatus#LIMIT_REACHED}
 * @param detail why it ended as it did; null when it succeeded
 * @param model the model of the agent's last reply; null when none answered
 * @param tokens every token of every model call, routing included
 */
public record LoggedRun(
    UUID runId,
    UUID orgId,
    AgentName agent,
    RunOrigin origin,
    Actor caller,
    RunStatus status,
    RunLimit limit,
    String detail,
    String reply,
    String model,
    TokenUsage tokens,
    Instant startedAt,
    Instant finishedAt,
    List<LoggedStep> steps) {

  public LoggedRun {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reply, "reply");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    steps = List.copyOf(steps);
  }

  /** The runtime's run, made for {@code caller}, as the log keeps it under a new id. */
  public static LoggedRun of(Caller caller, RunOrigin origin, AgentRun run) {
    return new LoggedRun(
        UUID.randomUUID(),
        caller.orgId(),
        run.agent(),
        origin,
        Actor.of(caller),
        run.status(),
        run.limit(),
        run.detail(),
        run.reply(),
        run.model().orElse(null),
        run.usage(),
        run.startedAt().truncatedTo(ChronoUnit.MILLIS),
        run.finishedAt().truncatedTo(ChronoUnit.MILLIS),
        run.steps().stream().map(LoggedStep::of).toList());
  }

  /** How long the run took, routing and every model and tool call. */
  public Duration latency() {
    return Duration.between(startedAt, finishedAt);
  }

  /** The tool calls that wait for a person's confirmation (the deletes the model asked for). */
  public List<LoggedStep> pendingActions() {
    return steps.stream()
        .filter(step -> step.outcome() != null && step.outcome().actionId() != null)
        .toList();
  }

  /** How many tools the model called. */
  public long toolCalls() {
    return steps.stream().filter(step -> step.kind() == StepKind.TOOL_CALL).count();
  }
}
