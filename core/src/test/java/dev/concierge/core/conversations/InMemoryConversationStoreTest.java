package dev.concierge.core.conversations;

import dev.concierge.core.testing.InMemoryConversationStore;
import dev.concierge.core.testing.TickingClock;
import java.util.UUID;

class InMemoryConversationStoreTest extends ConversationStoreContract {
  private final ConversationStore store = new InMemoryConversationStore(TickingClock.fromNow());

  @Override
  protected ConversationStore store() {
    return store;
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
