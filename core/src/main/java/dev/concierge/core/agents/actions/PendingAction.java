package dev.concierge.core.agents.actions;

import dev.concierge.core.agents.llm.JsonTree;
import dev.concierge.core.agents.runs.Actor;
import dev.concierge.core.agents.runs.LoggedRun;
import dev.concierge.core.agents.runs.LoggedStep;
import dev.concierge.core.agents.runs.StepOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An operation the model asked for that a person must confirm before it runs (a delete): which
 * operation, with what input, asked in which run and for whom, until when it may be confirmed, and
 * once confirmed, by whom and how it went. It is confirmed at most once.
 *
 * @param personId who the run was about; null when it was about no one person
 * @param createdBy the caller the run acted for
 * @param confirmedAt when it was confirmed; null while it waits
 * @param confirmedBy who confirmed it; null while it waits
 * @param result how the operation went once confirmed; null until it ran
 */
public record PendingAction(
    UUID actionId,
    UUID orgId,
    UUID runId,
    String operationId,
    Map<String, Object> input,
    UUID personId,
    Actor createdBy,
    Instant createdAt,
    Instant expiresAt,
    Instant confirmedAt,
    Actor confirmedBy,
    StepOutcome result) {

  /** How long an action may be confirmed: a day, then it is asked for again. */
  public static final Duration LIFETIME = Duration.ofHours(24);

  public PendingAction {
    Objects.requireNonNull(actionId, "actionId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(operationId, "operationId");
    input = JsonTree.copyObject(input);
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if ((confirmedAt == null) != (confirmedBy == null)) {
      throw new IllegalArgumentException("a confirmed action names who confirmed it, and when");
    }
  }

  /**
   * The action a tool call of a logged run waits as, from the end of the run for {@link #LIFETIME}.
   *
   * @param call a tool call whose outcome needs confirmation; its action id is a UUID, as the
   *     runtime makes them
   */
  public static PendingAction waiting(LoggedRun run, LoggedStep call) {
    String actionId = call.outcome() == null ? null : call.outcome().actionId();
    if (actionId == null) {
      throw new IllegalArgumentException(call.tool() + " does not wait for a confirmation");
    }
    return new PendingAction(
        UUID.fromString(actionId),
        run.orgId(),
        run.runId(),
        call.tool(),
        call.input(),
        run.origin().personId(),
        run.caller(),
        run.finishedAt(),
        run.finishedAt().plus(LIFETIME),
        null,
        null,
        null);
  }

  /** This action as {@code by} confirmed it at {@code at}. */
  public PendingAction confirmedBy(Actor by, Instant at) {
    return new PendingAction(
        actionId,
        orgId,
        runId,
        operationId,
        input,
        personId,
        createdBy,
        createdAt,
        expiresAt,
        at,
        by,
        result);
  }

  /** This confirmed action once its operation ran. */
  public PendingAction finished(StepOutcome outcome) {
    return new PendingAction(
        actionId,
        orgId,
        runId,
        operationId,
        input,
        personId,
        createdBy,
        createdAt,
        expiresAt,
        confirmedAt,
        confirmedBy,
        outcome);
  }

  public boolean confirmed() {
    return confirmedAt != null;
  }

  /** Whether it can no longer be confirmed at {@code now}. */
  public boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
