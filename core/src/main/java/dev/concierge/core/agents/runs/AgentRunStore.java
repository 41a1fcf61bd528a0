package dev.concierge.core.agents.runs;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * The assistant's run log: runs are added once and never changed. Each method works within one
 * organization. Implementations are thread-safe.
 */
public interface AgentRunStore {
  /** Keeps the run with its steps, and returns it as kept. */
  LoggedRun add(LoggedRun run);

  Optional<LoggedRun> find(UUID orgId, UUID runId);

  /** The organization's runs that {@code query} lets through, newest first. */
  Page<LoggedRun> list(UUID orgId, RunQuery query, PageRequest page);
}
