package dev.concierge.cli;

import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.RunStatus;
import dev.concierge.core.agents.llm.JsonTree;
import dev.concierge.core.agents.runs.LoggedRun;
import dev.concierge.core.agents.runs.LoggedStep;
import dev.concierge.core.agents.runs.RunQuery;
import dev.concierge.core.agents.runs.StepOutcome;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code agents runs} and {@code agents run RUN_ID}: the assistant's run log, as the API has it.
 */
final class AgentRunsCommand {
  /** A message or reply shown in a table's last column is cut to this. */
  private static final int SHOWN = 60;

  private AgentRunsCommand() {}

  @Command(
      name = "runs",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "List the organization's runs of the assistant, newest first (GET /api/v1/agent-runs):"
            + " start, run id, agent, status, tool calls, tokens, milliseconds, message.",
        "'agents run RUN_ID' shows one with every step."
      })
  static final class Runs implements Callable<Integer> {
    @Mixin CommandContext context;

    @Option(
        names = "--org",
        paramLabel = "ORG_ID",
        description = "The organization (default: the default organization).")
    UUID org = Organization.DEFAULT_ID;

    @Option(names = "--agent", paramLabel = "AGENT", description = "Only this agent's runs.")
    String agent;

    @Option(
        names = "--person",
        paramLabel = "PERSON_ID",
        description = "Only the runs about this person.")
    UUID person;

    @Option(
        names = "--status",
        paramLabel = "STATUS",
        description = "Only runs that ended so: succeeded, failed, limit_reached, ….")
    String status;

    @Option(
        names = "--since",
        paramLabel = "INSTANT",
        description = "Only runs started at or after this instant (2026-03-01T09:00:00Z).")
    String since;

    @Option(
        names = "--limit",
        paramLabel = "N",
        defaultValue = "20",
        description = "Runs to list, 1 to 500 (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
      RunQuery query = query();
      if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
        throw new ValidationException(
            "limit", "must be 1 to " + PageRequest.MAX_LIMIT + ", got " + limit);
      }
      try (DatabaseSession session = DatabaseSession.open(context.settings(), "agents")) {
        session.requireCurrentSchema();
        Page<LoggedRun> runs =
            session.concierge().agentRuns().list(operator(org), query, PageRequest.of(0, limit));
        PrintWriter out = context.out();
        TextTable table =
            TextTable.of("STARTED", "RUN", "AGENT", "STATUS", "TOOLS", "TOKENS", "MS", "MESSAGE");
        for (LoggedRun run : runs.items()) {
          table.row(
              run.startedAt(),
              run.runId(),
              run.agent() == null ? null : run.agent().wireName(),
              run.status().wireName(),
              run.toolCalls(),
              run.tokens().total(),
              run.latency().toMillis(),
              shown(run.origin().message()));
        }
        table.print(out);
        out.printf("%d of %d run(s)%n", runs.items().size(), runs.total());
      }
      return ExitCodes.OK;
    }

    private RunQuery query() {
      AgentName agentName =
          agent == null
              ? null
              : AgentName.fromWireName(agent)
                  .orElseThrow(
                      () -> new ValidationException("agent", "must be one of " + agents()));
      RunStatus runStatus =
          status == null
              ? null
              : RunStatus.fromWireName(status)
                  .orElseThrow(
                      () -> new ValidationException("status", "must be one of " + statuses()));
      Instant from;
      try {
        from = since == null ? null : Instant.parse(since);
      } catch (DateTimeParseException e) {
        throw new ValidationException("since", "must be an instant such as 2026-03-01T09:00:00Z");
      }
      return new RunQuery(agentName, person, runStatus, from);
    }

    private static String agents() {
      return Arrays.stream(AgentName.values())
          .map(AgentName::wireName)
          .collect(Collectors.joining(", "));
    }

    private static String statuses() {
      return Arrays.stream(RunStatus.values())
          .map(RunStatus::wireName)
          .collect(Collectors.joining(", "));
    }
  }

  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description =
          "Show one run of the assistant with every step (GET /api/v1/agent-runs/{run_id}): the"
              + " routing, each model call, each tool call with its input and outcome.")
  static final class Run implements Callable<Integer> {
    @Mixin CommandContext context;

    @Parameters(paramLabel = "RUN_ID", description = "The run's id.")
    UUID runId;

    @Option(
        names = "--org",
        paramLabel = "ORG_ID",
        description = "The run's organization (default: the default organization).")
    UUID org = Organization.DEFAULT_ID;

    @Override
    public Integer call() {
      try (DatabaseSession session = DatabaseSession.open(context.settings(), "agents")) {
        session.requireCurrentSchema();
        print(session.concierge().agentRuns().get(operator(org), runId));
      }
      return ExitCodes.OK;
    }

    private void print(LoggedRun run) {
      PrintWriter out = context.out();
      out.printf("run          %s%n", run.runId());
      out.printf("agent        %s%n", run.agent() == null ? "-" : run.agent().wireName());
      out.printf(
          "status       %s%s%n",
          run.status().wireName(), run.limit() == null ? "" : " (" + run.limit().wireName() + ")");
      if (run.detail() != null) {
        out.printf("detail       %s%n", run.detail());
      }
      out.printf("source       %s%n", run.origin().source().wireName());
      out.printf("person       %s%n", orDash(run.origin().personId()));
      out.printf("conversation %s%n", orDash(run.origin().conversationId()));
      out.printf(
          "caller       %s %s \"%s\" (%s)%n",
          run.caller().type().wireName(),
          orDash(run.caller().id()),
          run.caller().name(),
          run.caller().role().wireName());
      out.printf("model        %s%n", orDash(run.model()));
      out.printf(
          "tokens       %d in, %d out, %d read from the cache, %d written to it%n",
          run.tokens().input(),
          run.tokens().output(),
          run.tokens().cacheRead(),
          run.tokens().cacheWrite());
      out.printf("started      %s, %d ms%n", run.startedAt(), run.latency().toMillis());
      out.printf("message      %s%n", run.origin().message());
      out.printf("reply        %s%n", run.reply());
      out.println();
      TextTable steps =
          TextTable.of("#", "ROUND", "KIND", "WHAT", "OUTCOME", "TOKENS", "MS", "DETAIL");
      int number = 0;
      for (LoggedStep step : run.steps()) {
        steps.row(
            ++number,
            step.round(),
            step.kind().wireName(),
            what(step),
            step.outcome() == null ? null : step.outcome().status(),
            step.tokens().total(),
            step.latency().toMillis(),
            detail(step));
      }
      steps.print(out);
    }

    private static String what(LoggedStep step) {
      return switch (step.kind()) {
        case ROUTING -> step.agent().wireName() + " (" + step.model() + ")";
        case MODEL_CALL -> step.model() + " " + step.stopReason().wireName();
        case TOOL_CALL -> step.tool();
      };
    }

    /** A routing's reason; a tool call's input, and what it made or why it was refused. */
    private static String detail(LoggedStep step) {
      if (step.reason() != null) {
        return step.reason();
      }
      if (step.input() == null) {
        return null;
      }
      StringBuilder detail = new StringBuilder(JsonTree.write(step.input()));
      StepOutcome outcome = step.outcome();
      if (outcome != null && outcome.entityId() != null) {
        detail.append(" -> ").append(outcome.entityId());
      }
      if (outcome != null && outcome.actionId() != null) {
        detail.append(" -> action ").append(outcome.actionId());
      }
      if (outcome != null && outcome.detail() != null) {
        detail.append(" -> ").append(outcome.detail());
        for (FieldError error : outcome.errors()) {
          detail.append(' ').append(error.field()).append(": ").append(error.message()).append(';');
        }
      }
      return detail.toString();
    }
  }

  private static Caller operator(UUID org) {
    return Caller.operator(org, "concierge-admin agents");
  }

  private static String shown(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= SHOWN ? line : line.substring(0, SHOWN - 1) + "…";
  }

  private static String orDash(Object value) {
    return value == null ? "-" : value.toString();
  }
}
