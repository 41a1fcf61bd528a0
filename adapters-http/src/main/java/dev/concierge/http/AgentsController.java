package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.agents.roster.AgentChanges;
import dev.concierge.core.agents.roster.AgentRoster;
import dev.concierge.core.agents.roster.RosterAgent;
import dev.concierge.core.paging.Page;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Predicate;

/** /api/v1/agents: the assistant's agents, read by everyone and set up by admins. */
final class AgentsController {
  private static final String BASE = "/api/v1/agents";

  private final AgentRoster roster;
  private final Predicate<String> isTool;
  private final ObjectMapper json;

  /**
   * @param isTool whether an operationId names an operation an agent may call
   */
  AgentsController(AgentRoster roster, Predicate<String> isTool, ObjectMapper json) {
    this.roster = roster;
    this.isTool = isTool;
    this.json = json;
  }

  List<Operation> operations() {
    String agent = BASE + "/{name}";
    return List.of(
        Operation.get(BASE, "listAgents", Access.READ, this::list),
        Operation.get(agent, "getAgent", Access.READ, this::get),
        Operation.put(agent, "updateAgent", Access.ADMIN, this::update));
  }

  private void list(Context ctx) {
    List<RosterAgent> agents = roster.list(Authentication.caller(ctx));
    Responses.page(ctx, new Page<>(agents, agents.size()).map(AgentJson::of));
  }

  private void get(Context ctx) {
    ctx.json(AgentJson.of(roster.get(Authentication.caller(ctx), ctx.pathParam("name"))));
  }

  private void update(Context ctx) {
    JsonBody body = JsonBody.read(ctx, json);
    AgentChanges changes =
        new AgentChanges(
            body.change("system_prompt", body::string),
            body.change("tools", body::strings),
            body.change("model", body::string),
            body.change("max_tool_rounds", body::integer),
            body.change("max_tokens", body::integer),
            body.change("max_run_tokens", body::integer),
            body.change("wall_time_seconds", body::integer),
            body.change("enabled", body::bool));
    body.validate();
    ctx.json(
        AgentJson.of(
            roster.update(Authentication.caller(ctx), ctx.pathParam("name"), changes, isTool)));
  }
}
