package dev.concierge.core.projects;

import dev.concierge.core.testing.InMemoryProjectStore;
import dev.concierge.core.testing.TickingClock;
import java.util.UUID;

class InMemoryProjectStoreTest extends ProjectStoreContract {
  private final ProjectStore store = new InMemoryProjectStore(TickingClock.fromNow());

  @Override
  protected ProjectStore store() {
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
