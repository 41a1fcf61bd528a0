package dev.concierge.core.persons;

import dev.concierge.core.testing.InMemoryPersonStore;
import java.time.Clock;
import java.util.UUID;

class InMemoryPersonStoreTest extends PersonStoreContract {
  private final PersonStore store = new InMemoryPersonStore(Clock.systemUTC());

  @Override
  protected PersonStore store() {
    return store;
  }

  @Override
  protected UUID newOrganization() {
    return UUID.randomUUID();
  }
}
