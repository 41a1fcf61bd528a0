package dev.concierge.core.agents.runs;

import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.AgentRun;
import dev.concierge.core.agents.actions.PendingAction;
import dev.concierge.core.agents.actions.PendingActionStore;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.ports.Transactions;
import java.util.UUID;

/**
 * Use cases of the assistant's run log: every run is recorded, with the actions it left waiting for
 * a person (and the {@link AgentRunListener} told), and every role of the organization reads them
 * (what was asked, which agent ran, each tool call and how it ended, the answer, what it cost).
 */
public final class AgentRuns {
  private final AgentRunStore runs;
  private final PendingActionStore actions;
  private final Transactions transactions;
  private final AgentRunListener listener;

  /**
   * @param transactions a run and its pending actions are kept together or not at all
   */
  public AgentRuns(AgentRunStore runs, PendingActionStore actions, Transactions transactions) {
    this(runs, actions, transactions, AgentRunListener.NONE);
  }

  /**
   * @param listener told of every run once it is kept (metrics)
   */
  public AgentRuns(
      AgentRunStore runs,
      PendingActionStore actions,
      Transactions transactions,
      AgentRunListener listener) {
    this.runs = runs;
    this.actions = actions;
    this.transactions = transactions;
    this.listener = listener;
  }

  /**
   * Logs a run made for {@code caller}, and keeps the deletes it asked for as actions a person may
   * confirm for {@link PendingAction#LIFETIME} after the run.
   */
  public LoggedRun record(Caller caller, RunOrigin origin, AgentRun run) {
    LoggedRun logged = LoggedRun.of(caller, origin, run);
    LoggedRun recorded =
        transactions.inTransaction(
            () -> {
              LoggedRun kept = runs.add(logged);
              actions.addAll(
                  kept.pendingActions().stream()
                      .map(call -> PendingAction.waiting(kept, call))
                      .toList());
              return kept;
            });
    listener.recorded(recorded);
    return recorded;
  }

  /** The organization's runs, newest first. */
  public Page<LoggedRun> list(Caller caller, RunQuery query, PageRequest page) {
    return runs.list(caller.orgId(), query, page);
  }

  /**
   * @throws NotFoundException when the caller's organization has no such run
   */
  public LoggedRun get(Caller caller, UUID runId) {
    return runs.find(caller.orgId(), runId)
        .orElseThrow(() -> new NotFoundException("agent run", runId));
  }
}
