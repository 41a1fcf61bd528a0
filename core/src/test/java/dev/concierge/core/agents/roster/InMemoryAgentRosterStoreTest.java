package dev.concierge.core.agents.roster;

import dev.concierge.core.testing.InMemoryAgentRosterStore;
import dev.concierge.core.testing.TickingClock;
import java.util.UUID;

class InMemoryAgentRosterStoreTest extends AgentRosterStoreContract {
  @Override
  protected AgentRosterStore store() {
    return new InMemoryAgentRosterStore(TickingClock.fromNow());
  }

  @Override
  protected UUID newOrganization() {
    return UUID.randomUUID();
  }
}
