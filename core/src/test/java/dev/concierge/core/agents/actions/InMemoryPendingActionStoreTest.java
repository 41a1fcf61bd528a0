package dev.concierge.core.agents.actions;

import dev.concierge.core.agents.runs.AgentRunStore;
import dev.concierge.core.testing.InMemoryAgentRunStore;
import dev.concierge.core.testing.InMemoryPendingActionStore;
import java.util.UUID;

class InMemoryPendingActionStoreTest extends PendingActionStoreContract {
  @Override
  protected PendingActionStore store() {
    return new InMemoryPendingActionStore();
  }

  @Override
  protected AgentRunStore runs() {
    return new InMemoryAgentRunStore();
  }

  @Override
  protected UUID newOrganization() {
    return UUID.randomUUID();
  }

  @Override
  protected UUID newPerson(UUID orgId) {
    return UUID.randomUUID();
  }
}
