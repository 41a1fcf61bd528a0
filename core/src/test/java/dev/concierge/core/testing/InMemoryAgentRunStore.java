package dev.concierge.core.testing;

import dev.concierge.core.agents.runs.AgentRunStore;
import dev.concierge.core.agents.runs.LoggedRun;
import dev.concierge.core.agents.runs.RunQuery;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link AgentRunStore} in a map, for fast tests of the rules; held to PostgreSQL's by the
 * contract.
 */
public final class InMemoryAgentRunStore implements AgentRunStore {
  private final Map<UUID, LoggedRun> runs = new LinkedHashMap<>();

  @Override
  public synchronized LoggedRun add(LoggedRun run) {
    if (runs.putIfAbsent(run.runId(), run) != null) {
      throw new IllegalStateException("run " + run.runId() + " is logged already");
    }
    return run;
  }

  @Override
  public synchronized Optional<LoggedRun> find(UUID orgId, UUID runId) {
    return Optional.ofNullable(runs.get(runId)).filter(run -> run.orgId().equals(orgId));
  }

  @Override
  public synchronized Page<LoggedRun> list(UUID orgId, RunQuery query, PageRequest page) {
    return Pages.of(
        runs.values().stream()
            .filter(run -> run.orgId().equals(orgId))
            .filter(run -> query.agent() == null || run.agent() == query.agent())
            .filter(
                run ->
                    query.personId() == null
                        || Objects.equals(run.origin().personId(), query.personId()))
            .filter(run -> query.status() == null || run.status() == query.status())
            .filter(run -> query.since() == null || !run.startedAt().isBefore(query.since()))
            .sorted(
                Comparator.comparing(LoggedRun::startedAt)
                    .reversed()
                    .thenComparing(LoggedRun::runId, UuidOrder.ASCENDING))
            .toList(),
        page);
  }
}
