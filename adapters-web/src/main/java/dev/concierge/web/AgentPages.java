package dev.concierge.web;

import dev.concierge.core.UseCases;
import dev.concierge.core.agents.AgentToolbox;
import dev.concierge.core.agents.Confinement;
import dev.concierge.core.agents.roster.AgentChanges;
import dev.concierge.core.agents.roster.RosterAgent;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.model.FieldChange;
import dev.concierge.web.view.AgentForm;
import dev.concierge.web.view.FormState;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The assistant's agents, as /api/v1/agents shows and changes them: every role reads them (so the
 * pages are READ, as listAgents and getAgent are), admins change them (updateAgent is ADMIN).
 */
final class AgentPages {
  private static final List<String> LIMITS =
      List.of("max_tool_rounds", "max_tokens", "max_run_tokens", "wall_time_seconds");
  private static final Set<String> FIELDS =
      Set.of(
          "enabled",
          "model",
          "system_prompt",
          "reset_prompt",
          "tools",
          "reset_tools",
          "max_tool_rounds",
          "max_tokens",
          "max_run_tokens",
          "wall_time_seconds");

  private final UseCases api;
  private final AgentToolbox toolbox;

  /**
   * @param toolbox the API's operations as tools: a tool an admin names must be one of them, as the
   *     API's updateAgent checks
   */
  AgentPages(UseCases api, AgentToolbox toolbox) {
    this.api = api;
    this.toolbox = toolbox;
  }

  List<PortalRoute> routes() {
    return List.of(
        PortalRoute.get("/agents", Access.READ, this::list),
        PortalRoute.get("/agents/{name}", Access.READ, this::show),
        PortalRoute.post("/agents/{name}", Access.ADMIN, this::update));
  }

  private void list(Visit visit) {
    visit.page("agents.jte", "Agents", "agents", api.agents().list(visit.caller()));
  }

  private void show(Visit visit) {
    RosterAgent agent = api.agents().get(visit.caller(), visit.ctx().pathParam("name"));
    form(visit, agent, FormState.of(values(agent), FIELDS), visit.query("saved") != null, null);
  }

  private void form(
      Visit visit, RosterAgent agent, FormState state, boolean saved, HttpStatus status) {
    visit.page(
        "agent_form.jte",
        "Agent " + agent.name().wireName(),
        "agents",
        new AgentForm(
            agent, state, saved, api.organization().get(visit.caller()).defaultTimezone()),
        status == null ? HttpStatus.OK : status);
  }

  private static Map<String, String> values(RosterAgent agent) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("enabled", agent.enabled() ? "true" : "");
    values.put("model", agent.model() == null ? "" : agent.model());
    values.put("system_prompt", agent.systemPrompt());
    values.put("reset_prompt", "");
    values.put("tools", String.join("\n", agent.tools()));
    values.put("reset_tools", "");
    values.put("max_tool_rounds", String.valueOf(agent.maxToolRounds()));
    values.put("max_tokens", String.valueOf(agent.maxTokens()));
    values.put("max_run_tokens", String.valueOf(agent.maxRunTokens()));
    values.put("wall_time_seconds", String.valueOf(agent.wallTimeSeconds()));
    return values;
  }

  /**
   * Sends only what differs from the agent as it is, so the audit log names the fields an admin
   * changed and an untouched shipped prompt stays the shipped one (and follows new releases).
   */
  private void update(Visit visit) {
    RosterAgent current = api.agents().get(visit.caller(), visit.ctx().pathParam("name"));
    Map<String, String> typed = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String value = visit.form(field);
      typed.put(field, value == null ? "" : value);
    }
    FormState state = FormState.of(typed, FIELDS);
    try {
      FormInput input = new FormInput(visit);
      Map<String, Integer> limits = new LinkedHashMap<>();
      for (String field : LIMITS) {
        limits.put(field, input.integer(field));
        input.errors().required(field, limits.get(field));
      }
      input.errors().throwIfAny();
      String model = input.text("model");
      // a prompt is kept as typed (its line breaks matter); the roster strips its ends
      String prompt = orEmpty(visit.form("system_prompt")).replace("\r\n", "\n");
      List<String> tools =
          Arrays.stream(orEmpty(visit.form("tools")).split("[\\s,]+"))
              .filter(t -> !t.isEmpty())
              .toList();
      AgentChanges changes =
          new AgentChanges(
              text(typed, "reset_prompt", current.customPrompt(), current.systemPrompt(), prompt),
              list(typed, "reset_tools", current.customTools(), current.tools(), tools),
              Objects.equals(model, current.model())
                  ? FieldChange.unchanged()
                  : FieldChange.to(model),
              number(current.maxToolRounds(), limits.get("max_tool_rounds")),
              number(current.maxTokens(), limits.get("max_tokens")),
              number(current.maxRunTokens(), limits.get("max_run_tokens")),
              number(current.wallTimeSeconds(), limits.get("wall_time_seconds")),
              current.enabled() == "true".equals(visit.form("enabled"))
                  ? FieldChange.unchanged()
                  : FieldChange.to("true".equals(visit.form("enabled"))));
      api.agents().update(visit.caller(), current.name().wireName(), changes, isTool(visit));
      visit.redirect("/agents/" + current.name().wireName() + "?saved");
    } catch (ValidationException e) {
      form(visit, current, state.refused(e.errors()), false, HttpStatus.BAD_REQUEST);
    } catch (ConflictException e) {
      // the one conflict of an agent: disabling the last enabled one
      form(
          visit,
          current,
          state.refused(List.of(new FieldError("enabled", e.getMessage()))),
          false,
          HttpStatus.CONFLICT);
    }
  }

  private Predicate<String> isTool(Visit visit) {
    var tools = toolbox.toolsFor(visit.caller(), Confinement.NONE);
    return name -> !tools.tools(List.of(name)).isEmpty();
  }

  /** Back to the shipped one when asked, the typed one when it differs, else unchanged. */
  private static FieldChange<String> text(
      Map<String, String> typed, String reset, String custom, String current, String wanted) {
    if (!typed.get(reset).isEmpty()) {
      return custom == null ? FieldChange.unchanged() : FieldChange.to(null);
    }
    return wanted.strip().equals(current.strip())
        ? FieldChange.unchanged()
        : FieldChange.to(wanted);
  }

  private static FieldChange<List<String>> list(
      Map<String, String> typed,
      String reset,
      List<String> custom,
      List<String> current,
      List<String> wanted) {
    if (!typed.get(reset).isEmpty()) {
      return custom == null ? FieldChange.unchanged() : FieldChange.to(null);
    }
    return wanted.equals(current) ? FieldChange.unchanged() : FieldChange.to(wanted);
  }

  private static FieldChange<Integer> number(int current, Integer wanted) {
    return wanted == current ? FieldChange.unchanged() : FieldChange.to(wanted);
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
