package dev.concierge.core.testing;

import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.roster.AgentRosterStore;
import dev.concierge.core.agents.roster.RosterAgent;
import dev.concierge.core.errors.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link AgentRosterStore} in a list, for fast tests of the rules; held to PostgreSQL's by the
 * contract.
 */
public final class InMemoryAgentRosterStore implements AgentRosterStore {
  private final List<RosterAgent> agents = new ArrayList<>();
  private final Clock clock;

  public InMemoryAgentRosterStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized List<RosterAgent> list(UUID orgId) {
    return agents.stream()
        .filter(agent -> agent.orgId().equals(orgId))
        .sorted(Comparator.comparing(RosterAgent::name))
        .toList();
  }

  @Override
  public synchronized Optional<RosterAgent> find(UUID orgId, AgentName name) {
    return agents.stream()
        .filter(agent -> agent.orgId().equals(orgId) && agent.name() == name)
        .findFirst();
  }

  @Override
  public synchronized int addMissing(List<RosterAgent> missing) {
    int added = 0;
    Instant now = clock.instant();
    for (RosterAgent agent : missing) {
      if (find(agent.orgId(), agent.name()).isEmpty()) {
        agents.add(agent.stored(now, now));
        added++;
      }
    }
    return added;
  }

  @Override
  public synchronized RosterAgent save(RosterAgent agent) {
    RosterAgent current =
        find(agent.orgId(), agent.name())
            .orElseThrow(() -> new NotFoundException("agent", agent.name().wireName()));
    RosterAgent stored =
        current
            .changed(
                agent.description(),
                agent.systemPrompt(),
                agent.allowedTools(),
                agent.model(),
                agent.maxSteps(),
                agent.maxTokens(),
                agent.maxRunTokens(),
                agent.maxRunSeconds(),
                agent.enabled())
            .stored(current.createdAt(), clock.instant());
    agents.set(agents.indexOf(current), stored);
    return stored;
  }
}
