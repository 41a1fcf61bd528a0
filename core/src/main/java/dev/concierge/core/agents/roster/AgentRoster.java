package dev.concierge.core.agents.roster;

import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.AgentProfile;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Use cases of an organization's agents: every role reads them, admins change them. Every
 * organization has the six agents: the migration gave them to the organizations that existed, and
 * an organization that lacks one (a new one, however it was made) gets it the first time its roster
 * is read. So an agent is found by its name and never added or removed, only changed or disabled;
 * at least one stays enabled, or no message could be answered.
 */
public final class AgentRoster {
  // what an admin may set; openapi.json documents the same bounds
  private static final int MAX_PROMPT = 100_000;
  private static final int MAX_TOOLS = 100;
  private static final int MAX_MODEL = 100;
  private static final int MAX_TOOL_ROUNDS = 50;
  private static final int MIN_REPLY_TOKENS = 256;
  private static final int MAX_REPLY_TOKENS = 64_000;
  private static final int MIN_RUN_TOKENS = 1_000;
  private static final int MAX_RUN_TOKENS = 2_000_000;
  private static final int MIN_WALL_SECONDS = 5;
  private static final int MAX_WALL_SECONDS = 600;
  private static final String MODEL = "[A-Za-z0-9][A-Za-z0-9._:@/-]*";

  private final AgentRosterStore agents;
  private final AuditTrail audit;

  /**
   * @param audit records every change, in its transaction
   */
  public AgentRoster(AgentRosterStore agents, AuditTrail audit) {
    this.agents = agents;
    this.audit = audit;
  }

  /** The caller's organization's agents, in {@link AgentName} order. */
  public List<RosterAgent> list(Caller caller) {
    List<RosterAgent> roster = agents.list(caller.orgId());
    if (roster.size() < AgentName.values().length) {
      agents.addShipped(caller.orgId());
      roster = agents.list(caller.orgId());
    }
    return roster;
  }

  /**
   * @param name the agent's wire name ({@code reminder_management}…)
   * @throws NotFoundException when it names none of the agents
   */
  public RosterAgent get(Caller caller, String name) {
    AgentName agent =
        AgentName.fromWireName(name).orElseThrow(() -> new NotFoundException("agent", name));
    Optional<RosterAgent> found = agents.find(caller.orgId(), agent);
    if (found.isEmpty()) {
      agents.addShipped(caller.orgId());
      found = agents.find(caller.orgId(), agent);
    }
    return found.orElseThrow(() -> new NotFoundException("agent", name));
  }

  /**
   * The organization's agents as the orchestrator runs them, disabled ones included (it offers only
   * the enabled).
   *
   * @param installationModel the model of an agent that names none (ANTHROPIC_MODEL)
   */
  public List<AgentProfile> profiles(Caller caller, String installationModel) {
    return list(caller).stream().map(agent -> agent.profile(installationModel)).toList();
  }

  /**
   * Changes an agent (admins only).
   *
   * @param isTool whether a name is an operation an agent may call: the API's operationIds, which
   *     the API knows and core does not
   * @throws ConflictException when it would disable the last enabled agent
   */
  public RosterAgent update(
      Caller caller, String name, AgentChanges changes, Predicate<String> isTool) {
    caller.requireAdmin();
    RosterAgent current = get(caller, name);
    String prompt = changes.systemPrompt().applyTo(current.customPrompt());
    List<String> tools = changes.tools().applyTo(current.customTools());
    String model = changes.model().applyTo(current.model());
    Integer toolRounds = changes.maxToolRounds().applyTo(current.maxToolRounds());
    Integer replyTokens = changes.maxTokens().applyTo(current.maxTokens());
    Integer runTokens = changes.maxRunTokens().applyTo(current.maxRunTokens());
    Integer seconds = changes.wallTimeSeconds().applyTo(current.wallTimeSeconds());
    Boolean enabled = changes.enabled().applyTo(current.enabled());
    FieldErrors errors =
        new FieldErrors()
            .length("system_prompt", prompt, 1, MAX_PROMPT)
            .length("model", model, 1, MAX_MODEL)
            .matches("model", model, MODEL, "must be a model name, without spaces")
            .required("max_tool_rounds", toolRounds)
            .range("max_tool_rounds", toolRounds, 0, MAX_TOOL_ROUNDS)
            .required("max_tokens", replyTokens)
            .range("max_tokens", replyTokens, MIN_REPLY_TOKENS, MAX_REPLY_TOKENS)
            .required("max_run_tokens", runTokens)
            .range("max_run_tokens", runTokens, MIN_RUN_TOKENS, MAX_RUN_TOKENS)
            .required("wall_time_seconds", seconds)
            .range("wall_time_seconds", seconds, MIN_WALL_SECONDS, MAX_WALL_SECONDS)
            .required("enabled", enabled);
    // checked only when set: an operation the API has since dropped is left out of runs (the
    // runtime logs it) and must not stop an admin from changing anything else
    if (tools != null && changes.tools().isPresent()) {
      checkTools(errors, tools, isTool);
    }
    errors.throwIfAny();
    if (!enabled && current.enabled() && noOtherEnabled(caller, current.name())) {
      throw new ConflictException(
          "This is the only enabled agent: enable another before disabling it, or no message"
              + " could be answered.");
    }
    RosterAgent changed =
        current.changedBy(
            caller,
            prompt == null ? null : prompt.strip(),
            tools,
            model,
            toolRounds,
            replyTokens,
            runTokens,
            seconds,
            enabled);
    return audit.updated(
        caller, EntityType.AGENT, current.agentId(), changes, () -> agents.save(changed));
  }

  private boolean noOtherEnabled(Caller caller, AgentName name) {
    return list(caller).stream().noneMatch(agent -> agent.enabled() && agent.name() != name);
  }

  private static void checkTools(FieldErrors errors, List<String> tools, Predicate<String> isTool) {
    if (tools.size() > MAX_TOOLS) {
      errors.add("tools", "must list at most " + MAX_TOOLS + " operations");
      return;
    }
    Set<String> seen = new HashSet<>();
    List<String> twice = tools.stream().filter(tool -> !seen.add(tool)).distinct().toList();
    if (!twice.isEmpty()) {
      errors.add("tools", "lists " + String.join(", ", twice) + " more than once");
    }
    List<String> unknown = tools.stream().filter(isTool.negate()).distinct().toList();
    if (!unknown.isEmpty()) {
      errors.add(
          "tools",
          "names no operation an agent may call (an operationId of the API): "
              + String.join(", ", unknown));
    }
  }
}
