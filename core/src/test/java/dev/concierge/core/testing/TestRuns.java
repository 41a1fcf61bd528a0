package dev.concierge.core.testing;

import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.AgentRun;
import dev.concierge.core.agents.RunLimit;
import dev.concierge.core.agents.RunStatus;
import dev.concierge.core.agents.RunStep;
import dev.concierge.core.agents.ToolOutcome;
import dev.concierge.core.agents.llm.StopReason;
import dev.concierge.core.agents.llm.TokenUsage;
import dev.concierge.core.errors.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Runs as the runtime ends them, for the tests of the run log and its pending actions. */
public final class TestRuns {
  private static final String MODEL = "claude-sonnet-4-5";

  private TestRuns() {}

  /**
   * The reminder-management agent's run for "remind me two weeks before Mom's birthday": routed,
   * one tool round with a date item created, a call refused and a delete left waiting under {@code
   * actionId}, then its answer; 2.5 s from {@code startedAt}.
   */
  public static AgentRun withOneOfEachStep(
      Instant startedAt, UUID personId, UUID createdId, UUID actionId) {
    List<RunStep> steps =
        List.of(
            new RunStep.Routed(
                AgentName.REMINDER_MANAGEMENT,
                "a date to remember",
                "claude-haiku-4-5",
                new TokenUsage(420, 18, 0, 0),
                Duration.ofMillis(310)),
            new RunStep.ModelCall(
                0, MODEL, StopReason.TOOL_USE, new TokenUsage(900, 140, 2_000, 0), ms(1_200)),
            new RunStep.ToolCall(
                1,
                "toolu_01",
                "createDateItem",
                Map.of(
                    "person_id",
                    personId.toString(),
                    "title",
                    "Mom's birthday",
                    "date_value",
                    "1961-03-15",
                    "recurrence_rule",
                    "FREQ=YEARLY",
                    "reminder_rules",
                    List.of(Map.of("reminder_type", "lead_time", "lead_time_days", 14))),
                new ToolOutcome.Succeeded(
                    "{\"date_item_id\":\"" + createdId + "\"}", createdId.toString()),
                ms(42)),
            new RunStep.ToolCall(
                1,
                "toolu_02",
                "updatePerson",
                Map.of("person_id", personId.toString(), "timezone", "Mars/Olympus"),
                ToolOutcome.refused(
                    "The request has invalid fields.",
                    List.of(new FieldError("timezone", "must be an IANA time zone"))),
                ms(12)),
            new RunStep.ToolCall(
                1,
                "toolu_03",
                "deleteDateItem",
                Map.of("date_item_id", createdId.toString()),
                new ToolOutcome.NeedsConfirmation(actionId.toString()),
                ms(0)),
            new RunStep.ModelCall(
                1, MODEL, StopReason.END_TURN, new TokenUsage(310, 60, 2_900, 0), ms(900)));
    return new AgentRun(
        AgentName.REMINDER_MANAGEMENT,
        RunStatus.SUCCEEDED,
        "I'll remind you two weeks before Mom's birthday. Confirm the delete of the old date to"
            + " go ahead.",
        steps,
        null,
        null,
        null,
        startedAt,
        startedAt.plusMillis(2_500));
  }

  /** A run of one model call that ended with {@code status}, a second long. */
  public static AgentRun ended(AgentName agent, RunStatus status, Instant startedAt) {
    return new AgentRun(
        agent,
        status,
        status == RunStatus.SUCCEEDED ? "Here it is." : "Sorry, I could not finish that.",
        List.of(
            new RunStep.ModelCall(
                0, MODEL, StopReason.END_TURN, new TokenUsage(100, 20, 0, 0), ms(800))),
        status == RunStatus.LIMIT_REACHED ? RunLimit.TOOL_ROUNDS : null,
        status == RunStatus.SUCCEEDED ? null : "it ended as " + status.wireName(),
        status == RunStatus.FAILED ? new IllegalStateException("the model is unavailable") : null,
        startedAt,
        startedAt.plusSeconds(1));
  }

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }
}
