package dev.concierge.persistence;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.RunLimit;
import dev.concierge.core.agents.RunStatus;
import dev.concierge.core.agents.llm.TokenUsage;
import dev.concierge.core.agents.runs.Actor;
import dev.concierge.core.agents.runs.AgentRunStore;
import dev.concierge.core.agents.runs.LoggedRun;
import dev.concierge.core.agents.runs.RunOrigin;
import dev.concierge.core.agents.runs.RunQuery;
import dev.concierge.core.agents.runs.RunSource;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * The assistant's run log in PostgreSQL ({@code agent_execution_logs}, V1 widened by V10): one row
 * per run, its steps in {@code tool_calls_jsonb}. Thread-safe.
 */
public final class JdbiAgentRunStore implements AgentRunStore {
  /** The columns of a {@link RunRow}, named as its components. */
  private static final String COLUMNS =
      """
      execution_id as run_id, org_id, agent_name as agent, trigger_source as source, person_id,
      conversation_id, input_text as message, caller_type, caller_id, caller_name, caller_role,
      status, run_limit, error_message as detail, output_text as reply, model, input_tokens,
      output_tokens, cache_read_tokens, cache_write_tokens, started_at, finished_at,
      tool_calls_jsonb::text as steps
      """;

  private static final RowMapper<RunRow> ROW = ConstructorMapper.of(RunRow.class);
  private static final RowMapper<LoggedRun> RUN = (rs, ctx) -> ROW.map(rs, ctx).toRun();

  /** One row of the log as it reads, the steps still JSON. */
  record RunRow(
      UUID runId,
      UUID orgId,
      AgentName agent,
      RunSource source,
      UUID personId,
      UUID conversationId,
      String message,
      ActorType callerType,
      String callerId,
      String callerName,
      ApiRole callerRole,
      RunStatus status,
      RunLimit runLimit,
      String detail,
      String reply,
      String model,
      long inputTokens,
      long outputTokens,
      long cacheReadTokens,
      long cacheWriteTokens,
      Instant startedAt,
      Instant finishedAt,
      String steps) {

    LoggedRun toRun() {
      return new LoggedRun(
          runId,
          orgId,
          agent,
          new RunOrigin(source, personId, conversationId, message),
          new Actor(callerType, callerId, callerName, callerRole),
          status,
          runLimit,
          detail,
          reply,
          model,
          new TokenUsage(inputTokens, outputTokens, cacheReadTokens, cacheWriteTokens),
          startedAt,
          finishedAt,
          RunLogJson.readSteps(steps));
    }
  }

  private final Jdbi jdbi;

  public JdbiAgentRunStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public LoggedRun add(LoggedRun run) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    """
                    insert into agent_execution_logs (execution_id, org_id, agent_id, agent_name,
                      trigger_source, person_id, conversation_id, input_text, caller_type,
                      caller_id, caller_name, caller_role, status, run_limit, error_message,
                      output_text, model, input_tokens, output_tokens, cache_read_tokens,
                      cache_write_tokens, steps, tool_calls_jsonb, latency_ms, started_at,
                      finished_at)
                    values (:runId, :orgId,
                      (select agent_id from agent_roster
                       where org_id = :orgId and agent_name = :agent),
                      :agent, :source, :personId, :conversationId, :message, :callerType,
                      :callerId, :callerName, :callerRole, :status, :limit, :detail, :reply,
                      :model, :inputTokens, :outputTokens, :cacheReadTokens, :cacheWriteTokens,
                      :stepCount, cast(:steps as jsonb), :latencyMs, :startedAt, :finishedAt)
                    """)
                .bindMethods(run)
                .bind("source", run.origin().source())
                .bind("personId", run.origin().personId())
                .bind("conversationId", run.origin().conversationId())
                .bind("message", run.origin().message())
                .bind("callerType", run.caller().type())
                .bind("callerId", run.caller().id())
                .bind("callerName", run.caller().name())
                .bind("callerRole", run.caller().role())
                .bind("inputTokens", run.tokens().input())
                .bind("outputTokens", run.tokens().output())
                .bind("cacheReadTokens", run.tokens().cacheRead())
                .bind("cacheWriteTokens", run.tokens().cacheWrite())
                .bind("stepCount", run.steps().size())
                .bind("steps", RunLogJson.writeSteps(run.steps()))
                .bind("latencyMs", run.latency().toMillis())
                .execute());
    return run;
  }

  @Override
  public Optional<LoggedRun> find(UUID orgId, UUID runId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + COLUMNS
                        + " from agent_execution_logs"
                        + " where org_id = :orgId and execution_id = :runId")
                .bind("orgId", orgId)
                .bind("runId", runId)
                .map(RUN)
                .findOne());
  }

  @Override
  public Page<LoggedRun> list(UUID orgId, RunQuery query, PageRequest page) {
    Map<String, Object> binds = new HashMap<>();
    binds.put("orgId", orgId);
    StringBuilder where = new StringBuilder("from agent_execution_logs where org_id = :orgId");
    if (query.agent() != null) {
      where.append(" and agent_name = :agent");
      binds.put("agent", ColumnTypes.wireName(query.agent()));
    }
    if (query.personId() != null) {
      where.append(" and person_id = :personId");
      binds.put("personId", query.personId());
    }
    if (query.status() != null) {
      where.append(" and status = :status");
      binds.put("status", ColumnTypes.wireName(query.status()));
    }
    if (query.since() != null) {
      where.append(" and started_at >= :since");
      binds.put("since", query.since());
    }
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                COLUMNS,
                where.toString(),
                "started_at desc, execution_id",
                "execution_id",
                binds,
                RUN,
                page));
  }
}
