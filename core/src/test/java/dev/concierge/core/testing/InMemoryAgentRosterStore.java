package dev.concierge.core.testing;

import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.roster.AgentRosterStore;
import dev.concierge.core.agents.roster.RosterAgent;
import dev.concierge.core.errors.NotFoundException;
import java.time.Clock;
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
  public synchronized int addShipped(UUID orgId) {
    int added = 0;
    for (AgentName name : AgentName.values()) {
      if (find(orgId, name).isEmpty()) {
        agents.add(RosterAgent.shipped(orgId, name).storedAt(clock.instant()));
        added++;
      }
    }
    return added;
  }

  @Override
  public synchronized RosterAgent save(RosterAgent agent) {
    RosterAgent current =
        find(agent.orgId(), agent.name())
            .filter(stored -> stored.agentId().equals(agent.agentId()))
            .orElseThrow(() -> new NotFoundException("agent", agent.name().wireName()));
    RosterAgent stored = agent.storedAt(clock.instant());
    agents.set(agents.indexOf(current), stored);
    return stored;
  }
}
