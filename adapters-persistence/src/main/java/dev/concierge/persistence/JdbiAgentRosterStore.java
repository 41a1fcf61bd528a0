package dev.concierge.persistence;

import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.roster.AgentRosterStore;
import dev.concierge.core.agents.roster.RosterAgent;
import dev.concierge.core.errors.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Each organization's agents in PostgreSQL ({@code agent_roster}, V9). Thread-safe. */
public final class JdbiAgentRosterStore implements AgentRosterStore {
  /** The columns of a {@link RosterAgent}, named as its components for {@link #AGENT}. */
  private static final String COLUMNS =
      """
      agent_id, org_id, agent_name as name, system_prompt as custom_prompt,
      allowed_tools as custom_tools, model, max_tool_rounds, max_tokens, max_run_tokens,
      wall_time_seconds, enabled, updated_by_type, updated_by_id, updated_by_name, updated_at
      """;

  private static final RowMapper<RosterAgent> AGENT = ConstructorMapper.of(RosterAgent.class);

  private final Jdbi jdbi;

  public JdbiAgentRosterStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<RosterAgent> list(UUID orgId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("select " + COLUMNS + " from agent_roster where org_id = :orgId")
                .bind("orgId", orgId)
                .map(AGENT)
                .stream()
                .sorted(Comparator.comparing(RosterAgent::name))
                .toList());
  }

  @Override
  public Optional<RosterAgent> find(UUID orgId, AgentName name) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + COLUMNS
                        + " from agent_roster where org_id = :orgId and agent_name = :name")
                .bind("orgId", orgId)
                .bind("name", name)
                .map(AGENT)
                .findOne());
  }

  @Override
  public int addShipped(UUID orgId) {
    return jdbi.inTransaction(
        handle -> {
          PreparedBatch batch =
              handle.prepareBatch(
                  """
                  insert into agent_roster (agent_id, org_id, agent_name, system_prompt,
                    allowed_tools, model, max_tool_rounds, max_tokens, max_run_tokens,
                    wall_time_seconds, enabled)
                  values (:agentId, :orgId, :name, :customPrompt, :tools, :model,
                    :maxToolRounds, :maxTokens, :maxRunTokens, :wallTimeSeconds, :enabled)
                  on conflict (org_id, agent_name) do nothing
                  """);
          for (AgentName name : AgentName.values()) {
            RosterAgent agent = RosterAgent.shipped(orgId, name);
            batch.bindMethods(agent).bindByType("tools", tools(agent), String[].class).add();
          }
          int added = 0;
          for (int count : batch.execute()) {
            added += count;
          }
          return added;
        });
  }

  @Override
  public RosterAgent save(RosterAgent agent) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    update agent_roster set
                      system_prompt = :customPrompt,
                      allowed_tools = :tools,
                      model = :model,
                      max_tool_rounds = :maxToolRounds,
                      max_tokens = :maxTokens,
                      max_run_tokens = :maxRunTokens,
                      wall_time_seconds = :wallTimeSeconds,
                      enabled = :enabled,
                      updated_by_type = :updatedByType,
                      updated_by_id = :updatedById,
                      updated_by_name = :updatedByName,
                      updated_at = now()
                    where org_id = :orgId and agent_id = :agentId and agent_name = :name
                    returning
                    """
                        + COLUMNS)
                .bindMethods(agent)
                .bindByType("tools", tools(agent), String[].class)
                .map(AGENT)
                .findOne()
                .orElseThrow(() -> new NotFoundException("agent", agent.name().wireName())));
  }

  /** The admins' tools as the text[] column holds them; null for the shipped ones. */
  private static String[] tools(RosterAgent agent) {
    return agent.customTools() == null ? null : agent.customTools().toArray(String[]::new);
  }
}
