package dev.concierge.core.agents.runs;

import dev.concierge.core.testing.InMemoryAgentRunStore;
import java.util.UUID;

class InMemoryAgentRunStoreTest extends AgentRunStoreContract {
  @Override
  protected AgentRunStore store() {
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

  @Override
  protected UUID newConversation(UUID orgId, UUID personId) {
    return UUID.randomUUID();
  }
}
