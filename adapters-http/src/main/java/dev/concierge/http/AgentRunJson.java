package dev.concierge.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.concierge.core.agents.llm.TokenUsage;
import dev.concierge.core.agents.runs.Actor;
import dev.concierge.core.agents.runs.LoggedRun;
import dev.concierge.core.agents.runs.LoggedStep;
import dev.concierge.core.agents.runs.StepOutcome;
import dev.concierge.core.errors.FieldError;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A run of the assistant as the API shows it; {@code steps}, every step of the run, only where one
 * run is asked for. Its instants are in UTC, as the log's are.
 */
record AgentRunJson(
    UUID runId,
    UUID orgId,
    String agent,
    String status,
    String limit,
    String detail,
    String source,
    UUID personId,
    UUID conversationId,
    Caller caller,
    String message,
    String reply,
    String model,
    Tokens tokens,
    long latencyMs,
    long toolCalls,
    Instant startedAt,
    Instant finishedAt,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Step> steps) {

  /** Who the run acted for, named as the audit log names actors. */
  record Caller(String actorType, String actorId, String actorName, String actorRole) {
    static Caller of(Actor actor) {
      return new Caller(actor.type().wireName(), actor.id(), actor.name(), actor.role().wireName());
    }
  }

  record Tokens(long input, long output, long cacheRead, long cacheWrite) {
    static Tokens of(TokenUsage usage) {
      return new Tokens(usage.input(), usage.output(), usage.cacheRead(), usage.cacheWrite());
    }
  }

  record Step(
      String kind,
      int round,
      String agent,
      String reason,
      String model,
      String stopReason,
      String tool,
      Map<String, Object> input,
      Outcome outcome,
      Tokens tokens,
      long latencyMs) {
    static Step of(LoggedStep step) {
      return new Step(
          step.kind().wireName(),
          step.round(),
          step.agent() == null ? null : step.agent().wireName(),
          step.reason(),
          step.model(),
          step.stopReason() == null ? null : step.stopReason().wireName(),
          step.tool(),
          step.input(),
          step.outcome() == null ? null : Outcome.of(step.outcome()),
          Tokens.of(step.tokens()),
          step.latency().toMillis());
    }
  }

  record Outcome(
      String status, String entityId, String actionId, String detail, List<FieldError> errors) {
    static Outcome of(StepOutcome outcome) {
      return new Outcome(
          outcome.status(),
          outcome.entityId(),
          outcome.actionId(),
          outcome.detail(),
          outcome.errors());
    }
  }

  /** The run without its steps, as a list shows it. */
  static AgentRunJson summary(LoggedRun run) {
    return of(run, null);
  }

  /** The run with every step. */
  static AgentRunJson withSteps(LoggedRun run) {
    return of(run, run.steps().stream().map(Step::of).toList());
  }

  private static AgentRunJson of(LoggedRun run, List<Step> steps) {
    return new AgentRunJson(
        run.runId(),
        run.orgId(),
        run.agent() == null ? null : run.agent().wireName(),
        run.status().wireName(),
        run.limit() == null ? null : run.limit().wireName(),
        run.detail(),
        run.origin().source().wireName(),
        run.origin().personId(),
        run.origin().conversationId(),
        Caller.of(run.caller()),
        run.origin().message(),
        run.reply(),
        run.model(),
        Tokens.of(run.tokens()),
        run.latency().toMillis(),
        run.toolCalls(),
        run.startedAt(),
        run.finishedAt(),
        steps);
  }
}
