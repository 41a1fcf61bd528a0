package dev.concierge.core.agents;

import dev.concierge.core.agents.llm.ContentBlock;
import dev.concierge.core.agents.llm.LlmException;
import dev.concierge.core.agents.llm.LlmMessage;
import dev.concierge.core.agents.llm.LlmPort;
import dev.concierge.core.agents.llm.LlmReply;
import dev.concierge.core.agents.llm.LlmRequest;
import dev.concierge.core.agents.llm.SystemBlock;
import dev.concierge.core.agents.llm.TokenUsage;
import dev.concierge.core.agents.llm.ToolChoice;
import dev.concierge.core.agents.llm.ToolDefinition;
import dev.concierge.core.errors.ConciergeException;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one agent on one message: asks the model, answers its tool calls, and asks again until the
 * model answers in words or a limit of the agent's {@link RunLimits} stops it. Whatever happens,
 * the run comes back as an {@link AgentRun} with every step; it never throws for the model's or a
 * tool's sake, so that a caller can always keep the message and log the run.
 *
 * <p>The model is never trusted further than its caller: it only sees the agent's allowed tools,
 * calls of anything else are refused back to it, and a destructive tool is never run but becomes an
 * action a person confirms. Thread-safe: each run keeps its own state.
 */
public final class AgentRuntime {
  private static final Logger log = LoggerFactory.getLogger(AgentRuntime.class);

  private final LlmPort llm;
  private final Clock clock;
  private final Supplier<String> actionIds;

  public AgentRuntime(LlmPort llm, Clock clock) {
    this(llm, clock, () -> UUID.randomUUID().toString());
  }

  /**
   * @param actionIds where the ids of pending actions come from (random ones in production)
   */
  public AgentRuntime(LlmPort llm, Clock clock, Supplier<String> actionIds) {
    this.llm = Objects.requireNonNull(llm, "llm");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.actionIds = Objects.requireNonNull(actionIds, "actionIds");
  }

  /**
   * @param tools the operations, bound to the caller the run acts for
   */
  public AgentRun run(AgentProfile profile, AgentTask task, AgentTools tools) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(tools, "tools");
    return new Run(profile, task, tools).execute();
  }

  /** One run's state: the conversation with the model, the steps, what was spent. */
  private final class Run {
    private final AgentProfile profile;
    private final RunLimits limits;
    private final AgentTools tools;
    private final Map<String, AgentTool> offered = new LinkedHashMap<>();
    private final List<SystemBlock> system = new ArrayList<>();
    private final List<LlmMessage> messages = new ArrayList<>();
    private final List<RunStep> steps = new ArrayList<>();
    private final Map<List<Object>, Integer> identicalCalls = new HashMap<>();
    private final Instant startedAt;
    private final Instant deadline;
    private TokenUsage spent = TokenUsage.NONE;
    private int rounds;

    Run(AgentProfile profile, AgentTask task, AgentTools tools) {
      this.profile = profile;
      this.limits = profile.limits();
      this.tools = tools;
      this.startedAt = clock.instant();
      this.deadline = startedAt.plus(limits.wallTime());
      for (AgentTool tool : tools.tools(profile.allowedTools())) {
        offered.put(tool.name(), tool);
      }
      if (offered.size() < profile.allowedTools().size()) {
        log.warn(
            "agent {} lists tools that do not exist: {}",
            profile.name().wireName(),
            profile.allowedTools().stream().filter(name -> !offered.containsKey(name)).toList());
      }
      system.add(SystemBlock.cached(profile.systemPrompt()));
      if (!task.context().isBlank()) {
        system.add(SystemBlock.cached(task.context()));
      }
      messages.add(LlmMessage.user(task.message()));
    }

    AgentRun execute() {
      while (true) {
        if (pastDeadline()) {
          return limitReached(RunLimit.WALL_TIME, "the run took longer than " + limits.wallTime());
        }
        LlmReply reply;
        try {
          reply = ask();
        } catch (LlmException e) {
          return failed(e, "the model could not answer: " + e.getMessage());
        } catch (RuntimeException e) {
          // an adapter's bug still ends as a run that can be logged, not as a lost message
          return failed(e, "asking the model failed unexpectedly: " + e);
        }
        AgentRun ended = react(reply);
        if (ended != null) {
          return ended;
        }
      }
    }

    /** What the reply means for the run: its end, or null when the run goes on. */
    private AgentRun react(LlmReply reply) {
      return switch (reply.stopReason()) {
        case REFUSAL -> end(RunStatus.REFUSED, "the model declined the request");
        case MAX_TOKENS, MODEL_CONTEXT_WINDOW_EXCEEDED ->
            end(RunStatus.TRUNCATED, truncation(reply));
        case PAUSE_TURN -> continuePausedTurn(reply);
        case TOOL_USE -> reply.toolUses().isEmpty() ? answered(reply) : toolRound(reply);
        case END_TURN, STOP_SEQUENCE -> answered(reply);
      };
    }

    // The provider paused a long turn; sent back as it is, the turn is continued by the model.
    private AgentRun continuePausedTurn(LlmReply reply) {
      if (reply.content().isEmpty()) {
        return end(RunStatus.EMPTY_REPLY, "the model paused with nothing to continue");
      }
      AgentRun stopped = startRound();
      if (stopped != null) {
        return stopped;
      }
      messages.add(LlmMessage.assistant(reply.content()));
      return null;
    }

    private LlmReply ask() {
      List<ToolDefinition> definitions =
          offered.values().stream().map(AgentTool::definition).toList();
      LlmRequest request =
          new LlmRequest(
              profile.model(),
              system,
              messages,
              definitions,
              ToolChoice.AUTO,
              limits.replyTokens());
      Instant before = clock.instant();
      LlmReply reply = llm.complete(request);
      spent = spent.plus(reply.usage());
      steps.add(
          new RunStep.ModelCall(
              rounds, reply.model(), reply.stopReason(), reply.usage(), since(before)));
      return reply;
    }

    private AgentRun answered(LlmReply reply) {
      String text = reply.text();
      if (text.isEmpty()) {
        return end(RunStatus.EMPTY_REPLY, "the model ended its turn without a word");
      }
      return finish(RunStatus.SUCCEEDED, text, null, null, null);
    }

    /** Counts a round against the limits; a run that may not have another ends here. */
    private AgentRun startRound() {
      if (rounds >= limits.toolRounds()) {
        return limitReached(
            RunLimit.TOOL_ROUNDS,
            "the model wanted round " + (rounds + 1) + " of " + limits.toolRounds() + " allowed");
      }
      if (spent.total() > limits.runTokens()) {
        return limitReached(
            RunLimit.RUN_TOKENS,
            "the run used " + spent.total() + " tokens of " + limits.runTokens() + " allowed");
      }
      rounds++;
      return null;
    }

    /** Answers every tool call of one reply, in order, in one user message of results. */
    private AgentRun toolRound(LlmReply reply) {
      AgentRun stopped = startRound();
      if (stopped != null) {
        return stopped;
      }
      messages.add(LlmMessage.assistant(reply.content()));
      List<ContentBlock> results = new ArrayList<>();
      for (ContentBlock.ToolUse use : reply.toolUses()) {
        if (pastDeadline()) {
          return limitReached(RunLimit.WALL_TIME, "the run took longer than " + limits.wallTime());
        }
        int times = identicalCalls.merge(List.of(use.name(), use.input()), 1, Integer::sum);
        if (times >= limits.identicalCalls()) {
          return limitReached(
              RunLimit.IDENTICAL_CALLS,
              "the model called " + use.name() + " " + times + " times with the same input");
        }
        Instant before = clock.instant();
        ToolOutcome outcome;
        try {
          outcome = answer(use);
        } catch (RuntimeException e) {
          steps.add(toolCall(use, unexpected(use.name()), before));
          return failed(e, use.name() + " failed unexpectedly: " + e);
        }
        steps.add(toolCall(use, outcome, before));
        results.add(
            new ContentBlock.ToolResult(
                use.id(), ToolResults.text(outcome), outcome instanceof ToolOutcome.Refused));
      }
      messages.add(LlmMessage.user(results));
      return null;
    }

    private ToolOutcome answer(ContentBlock.ToolUse use) {
      AgentTool tool = offered.get(use.name());
      if (tool == null) {
        return ToolOutcome.refused(
            "There is no tool named "
                + use.name()
                + ". Use only the tools you were given, by their exact names.",
            List.of());
      }
      List<FieldError> errors = ToolInputCheck.errors(tool.definition().inputSchema(), use.input());
      if (!errors.isEmpty()) {
        return ToolOutcome.refused(
            "The input does not match the schema of " + use.name() + ".", errors);
      }
      if (tool.destructive()) {
        return new ToolOutcome.NeedsConfirmation(actionIds.get());
      }
      try {
        return Objects.requireNonNull(tools.call(use.name(), use.input()), "outcome");
      } catch (ValidationException e) {
        return ToolOutcome.refused("The input was refused.", e.errors());
      } catch (ConciergeException e) {
        return ToolOutcome.refused(e.getMessage(), List.of());
      }
    }

    private RunStep.ToolCall toolCall(
        ContentBlock.ToolUse use, ToolOutcome outcome, Instant before) {
      return new RunStep.ToolCall(
          rounds, use.id(), use.name(), use.input(), outcome, since(before));
    }

    private boolean pastDeadline() {
      return !clock.instant().isBefore(deadline);
    }

    private Duration since(Instant before) {
      return Duration.between(before, clock.instant());
    }

    private AgentRun limitReached(RunLimit limit, String detail) {
      return finish(
          RunStatus.LIMIT_REACHED, RunReplies.of(RunStatus.LIMIT_REACHED), limit, detail, null);
    }

    private AgentRun failed(RuntimeException failure, String detail) {
      return finish(RunStatus.FAILED, RunReplies.of(RunStatus.FAILED), null, detail, failure);
    }

    private AgentRun end(RunStatus status, String detail) {
      return finish(status, RunReplies.of(status), null, detail, null);
    }

    private AgentRun finish(
        RunStatus status, String reply, RunLimit limit, String detail, RuntimeException failure) {
      return new AgentRun(
          profile.name(), status, reply, steps, limit, detail, failure, startedAt, clock.instant());
    }
  }

  private static String truncation(LlmReply reply) {
    String where = reply.toolUses().isEmpty() ? "its text" : "a tool call's input";
    return "the reply stopped at " + reply.stopReason().wireName() + ", cutting off " + where;
  }

  private static ToolOutcome unexpected(String tool) {
    return ToolOutcome.refused(tool + " failed unexpectedly", List.of());
  }
}
