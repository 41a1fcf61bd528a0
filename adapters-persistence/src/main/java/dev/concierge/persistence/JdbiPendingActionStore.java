package dev.concierge.persistence;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.agents.actions.PendingAction;
import dev.concierge.core.agents.actions.PendingActionStore;
import dev.concierge.core.agents.runs.Actor;
import dev.concierge.core.agents.runs.StepOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The actions that wait for a person's confirmation, in PostgreSQL ({@code agent_pending_actions},
 * V11). A claim is one update that only an unconfirmed, unexpired row passes, so two at once
 * confirm it once. Thread-safe.
 */
public final class JdbiPendingActionStore implements PendingActionStore {
  /** The columns of an {@link ActionRow}, named as its components. */
  private static final String COLUMNS =
      """
      action_id, org_id, run_id, operation_id, input_jsonb::text as input, person_id,
      created_by_type, created_by_id, created_by_name, created_by_role, created_at, expires_at,
      confirmed_at, confirmed_by_type, confirmed_by_id, confirmed_by_name, confirmed_by_role,
      result_jsonb::text as result
      """;

  private static final RowMapper<ActionRow> ROW = ConstructorMapper.of(ActionRow.class);
  private static final RowMapper<PendingAction> ACTION = (rs, ctx) -> ROW.map(rs, ctx).toAction();

  private static final String OF_ACTION = " where org_id = :orgId and action_id = :actionId";

  /** One row as it reads, its JSON still text. */
  record ActionRow(
      UUID actionId,
      UUID orgId,
      UUID runId,
      String operationId,
      String input,
      UUID personId,
      ActorType createdByType,
      String createdById,
      String createdByName,
      ApiRole createdByRole,
      Instant createdAt,
      Instant expiresAt,
      Instant confirmedAt,
      ActorType confirmedByType,
      String confirmedById,
      String confirmedByName,
      ApiRole confirmedByRole,
      String result) {

    PendingAction toAction() {
      return new PendingAction(
          actionId,
          orgId,
          runId,
          operationId,
          RunLogJson.readObject(input),
          personId,
          new Actor(createdByType, createdById, createdByName, createdByRole),
          createdAt,
          expiresAt,
          confirmedAt,
          confirmedByType == null
              ? null
              : new Actor(confirmedByType, confirmedById, confirmedByName, confirmedByRole),
          RunLogJson.readOutcome(result));
    }
  }

  private final Jdbi jdbi;

  public JdbiPendingActionStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void addAll(List<PendingAction> actions) {
    if (actions.isEmpty()) {
      return;
    }
    jdbi.useHandle(
        handle -> {
          PreparedBatch batch =
              handle.prepareBatch(
                  """
                  insert into agent_pending_actions (action_id, org_id, run_id, operation_id,
                    input_jsonb, person_id, created_by_type, created_by_id, created_by_name,
                    created_by_role, created_at, expires_at)
                  values (:actionId, :orgId, :runId, :operationId, cast(:inputJson as jsonb),
                    :personId, :createdByType, :createdById, :createdByName, :createdByRole,
                    :createdAt, :expiresAt)
                  """);
          for (PendingAction action : actions) {
            batch
                .bindMethods(action)
                .bind("inputJson", RunLogJson.writeObject(action.input()))
                .bind("createdByType", action.createdBy().type())
                .bind("createdById", action.createdBy().id())
                .bind("createdByName", action.createdBy().name())
                .bind("createdByRole", action.createdBy().role())
                .add();
          }
          batch.execute();
        });
  }

  @Override
  public Optional<PendingAction> find(UUID orgId, UUID actionId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("select " + COLUMNS + " from agent_pending_actions" + OF_ACTION)
                .bind("orgId", orgId)
                .bind("actionId", actionId)
                .map(ACTION)
                .findOne());
  }

  @Override
  public Optional<PendingAction> claim(UUID orgId, UUID actionId, Actor by, Instant now) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    update agent_pending_actions set confirmed_at = :now,
                      confirmed_by_type = :type, confirmed_by_id = :id,
                      confirmed_by_name = :name, confirmed_by_role = :role
                    """
                        + OF_ACTION
                        + " and confirmed_at is null and expires_at > :now returning "
                        + COLUMNS)
                .bind("orgId", orgId)
                .bind("actionId", actionId)
                .bind("now", now)
                .bindMethods(by)
                .map(ACTION)
                .findOne());
  }

  @Override
  public Optional<PendingAction> finish(UUID orgId, UUID actionId, StepOutcome result) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "update agent_pending_actions set result_jsonb = cast(:result as jsonb)"
                        + OF_ACTION
                        + " and confirmed_at is not null and result_jsonb is null returning "
                        + COLUMNS)
                .bind("orgId", orgId)
                .bind("actionId", actionId)
                .bind("result", RunLogJson.writeOutcome(result))
                .map(ACTION)
                .findOne());
  }
}
