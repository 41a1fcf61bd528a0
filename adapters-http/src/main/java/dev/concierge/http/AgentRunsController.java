package dev.concierge.http;

import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.RunStatus;
import dev.concierge.core.agents.runs.AgentRuns;
import dev.concierge.core.agents.runs.RunQuery;
import io.javalin.http.Context;
import java.util.List;

/** /api/v1/agent-runs: the assistant's run log, newest first, read by every role. */
final class AgentRunsController {
  private static final String BASE = "/api/v1/agent-runs";

  private final AgentRuns runs;

  AgentRunsController(AgentRuns runs) {
    this.runs = runs;
  }

  List<Operation> operations() {
    return List.of(
        Operation.get(BASE, "listAgentRuns", Access.READ, this::list),
        Operation.get(BASE + "/{run_id}", "getAgentRun", Access.READ, this::get));
  }

  private void list(Context ctx) {
    RunQuery query =
        new RunQuery(
            Params.queryEnum(
                ctx, "agent", AgentName::fromWireName, AgentName.values(), AgentName::wireName),
            Params.queryUuid(ctx, "person_id"),
            Params.queryEnum(
                ctx, "status", RunStatus::fromWireName, RunStatus.values(), RunStatus::wireName),
            Params.queryInstant(ctx, "since"));
    Responses.page(
        ctx,
        runs.list(Authentication.caller(ctx), query, Params.page(ctx)).map(AgentRunJson::summary));
  }

  private void get(Context ctx) {
    ctx.json(
        AgentRunJson.withSteps(
            runs.get(Authentication.caller(ctx), Params.pathUuid(ctx, "run_id"))));
  }
}
