package dev.concierge.core.agents.actions;

import dev.concierge.core.agents.runs.Actor;
import dev.concierge.core.agents.runs.StepOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the actions that wait for a person's confirmation are kept. Each method works within one
 * organization. Implementations are thread-safe.
 */
public interface PendingActionStore {
  /** Keeps new actions (those of one run), waiting. */
  void addAll(List<PendingAction> actions);

  Optional<PendingAction> find(UUID orgId, UUID actionId);

  /**
   * Marks the action confirmed by {@code by} at {@code now} if it is still waiting and has not
   * expired, in one step: of any number of claims at once, one gets it.
   *
   * @return the action as claimed; empty when there is none, it was confirmed already, or it
   *     expired
   */
  Optional<PendingAction> claim(UUID orgId, UUID actionId, Actor by, Instant now);

  /**
   * Records how a claimed action's operation went, once.
   *
   * @return the action with its result; empty when there is no claimed action of that id without
   *     one
   */
  Optional<PendingAction> finish(UUID orgId, UUID actionId, StepOutcome result);
}
