package dev.concierge.core.agents.roster;

import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.AgentProfile;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.organization.OrganizationListener;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Use cases of an organization's agents: every role reads them, admins change them. Every
 * organization has the six agents from the start (the migration gives them to the organizations
 * that existed; a new one gets them in the transaction that creates it), so an agent is found by
 * its name and never added or removed, only changed or disabled. At least one agent stays enabled,
 * or no message could be answered.
 */
public final class AgentRoster implements OrganizationListener {
  // what an admin may set; openapi.json documents the same bounds
  private static final int MAX_DESCRIPTION = 300;
  private static final int MAX_PROMPT = 100_000;
  private static final int MAX_TOOLS = 100;
  private static final int MAX_MODEL = 100;
  private static final int MAX_STEPS = 50;
  private static final int MIN_REPLY_TOKENS = 256;
  private static final int MAX_REPLY_TOKENS = 64_000;
  private static final int MIN_RUN_TOKENS = 1_000;
  private static final int MAX_RUN_TOKENS = 2_000_000;
  private static final int MIN_RUN_SECONDS = 5;
  private static final int MAX_RUN_SECONDS = 600;

  private static final Pattern MODEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@/-]*");

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
    return agents.list(caller.orgId());
  }

  /**
   * @param name the agent's wire name ({@code reminder_management}…)
   * @throws NotFoundException when it names none of the agents
   */
  public RosterAgent get(Caller caller, String name) {
    return AgentName.fromWireName(name)
        .flatMap(agent -> agents.find(caller.orgId(), agent))
        .orElseThrow(() -> new NotFoundException("agent", name));
  }

  /**
   * The organization's agents as the orchestrator runs them.
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
    String description = changes.description().applyTo(current.description());
    String prompt = changes.systemPrompt().applyTo(current.systemPrompt());
    List<String> tools = changes.allowedTools().applyTo(current.allowedTools());
    String model = changes.model().applyTo(current.model());
    Integer steps = changes.maxSteps().applyTo(current.maxSteps());
    Integer replyTokens = changes.maxTokens().applyTo(current.maxTokens());
    Integer runTokens = changes.maxRunTokens().applyTo(current.maxRunTokens());
    Integer seconds = changes.maxRunSeconds().applyTo(current.maxRunSeconds());
    Boolean enabled = changes.enabled().applyTo(current.enabled());
    FieldErrors errors =
        new FieldErrors()
            .required("description", description)
            .length("description", description, 1, MAX_DESCRIPTION)
            .required("system_prompt", prompt)
            .length("system_prompt", prompt, 1, MAX_PROMPT)
            .required("allowed_tools", tools)
            .length("model", model, 1, MAX_MODEL)
            .matches("model", model, MODEL.pattern(), "must be a model name, without spaces")
            .required("max_steps", steps)
            .range("max_steps", steps, 1, MAX_STEPS)
            .required("max_tokens", replyTokens)
            .range("max_tokens", replyTokens, MIN_REPLY_TOKENS, MAX_REPLY_TOKENS)
            .required("max_run_tokens", runTokens)
            .range("max_run_tokens", runTokens, MIN_RUN_TOKENS, MAX_RUN_TOKENS)
            .required("max_run_seconds", seconds)
            .range("max_run_seconds", seconds, MIN_RUN_SECONDS, MAX_RUN_SECONDS)
            .required("enabled", enabled);
    // tools are checked when they are set: an operation the API no longer serves is left out of
    // runs (the runtime logs it) and must not block changing anything else
    if (tools != null && changes.allowedTools().isPresent()) {
      checkTools(errors, tools, isTool);
    }
    errors.throwIfAny();
    RosterAgent changed =
        current.changed(
            description.strip(),
            prompt.strip(),
            tools,
            model,
            steps,
            replyTokens,
            runTokens,
            seconds,
            enabled);
    if (!enabled && current.enabled() && othersEnabled(caller, current.name()) == 0) {
      throw new ConflictException(
          "This is the only enabled agent: enable another before disabling it, or no message"
              + " could be answered.");
    }
    return audit.updated(
        caller, EntityType.AGENT, current.agentId(), changes, () -> agents.save(changed));
  }

  /** A new organization starts with every agent of the shipped roster. */
  @Override
  public void organizationCreated(Organization organization) {
    agents.addMissing(RosterAgent.seeded(organization.orgId()));
  }

  private long othersEnabled(Caller caller, AgentName name) {
    return agents.list(caller.orgId()).stream()
        .filter(agent -> agent.enabled() && agent.name() != name)
        .count();
  }

  private static void checkTools(FieldErrors errors, List<String> tools, Predicate<String> isTool) {
    if (tools.size() > MAX_TOOLS) {
      errors.add("allowed_tools", "must list at most " + MAX_TOOLS + " operations");
      return;
    }
    Set<String> seen = new HashSet<>();
    for (String tool : tools) {
      if (!seen.add(tool)) {
        errors.add("allowed_tools", "lists " + tool + " twice");
      } else if (!isTool.test(tool)) {
        errors.add("allowed_tools", "lists " + tool + ", which is not an operationId of the API");
      }
    }
  }
}
