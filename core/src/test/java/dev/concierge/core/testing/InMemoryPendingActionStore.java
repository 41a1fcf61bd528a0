package dev.concierge.core.testing;

import dev.concierge.core.agents.actions.PendingAction;
import dev.concierge.core.agents.actions.PendingActionStore;
import dev.concierge.core.agents.runs.Actor;
import dev.concierge.core.agents.runs.StepOutcome;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link PendingActionStore} in a map, for fast tests of the rules; held to PostgreSQL's by the
 * contract.
 */
public final class InMemoryPendingActionStore implements PendingActionStore {
  private final Map<UUID, PendingAction> actions = new HashMap<>();

  @Override
  public synchronized void addAll(List<PendingAction> added) {
    for (PendingAction action : added) {
      if (actions.putIfAbsent(action.actionId(), action) != null) {
        throw new IllegalStateException("action " + action.actionId() + " exists already");
      }
    }
  }

  @Override
  public synchronized Optional<PendingAction> find(UUID orgId, UUID actionId) {
    return Optional.ofNullable(actions.get(actionId))
        .filter(action -> action.orgId().equals(orgId));
  }

  @Override
  public synchronized Optional<PendingAction> claim(
      UUID orgId, UUID actionId, Actor by, Instant now) {
    return find(orgId, actionId)
        .filter(action -> !action.confirmed() && !action.expiredAt(now))
        .map(action -> keep(action.confirmedBy(by, now)));
  }

  @Override
  public synchronized Optional<PendingAction> finish(
      UUID orgId, UUID actionId, StepOutcome result) {
    return find(orgId, actionId)
        .filter(action -> action.confirmed() && action.result() == null)
        .map(action -> keep(action.finished(result)));
  }

  private PendingAction keep(PendingAction action) {
    actions.put(action.actionId(), action);
    return action;
  }
}
