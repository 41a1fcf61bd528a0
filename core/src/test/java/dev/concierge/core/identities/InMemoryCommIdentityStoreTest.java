package dev.concierge.core.identities;

import dev.concierge.core.testing.InMemoryCommIdentityStore;
import java.time.Clock;
import java.util.UUID;

class InMemoryCommIdentityStoreTest extends CommIdentityStoreContract {
  @Override
  protected CommIdentityStore store() {
    return new InMemoryCommIdentityStore(Clock.systemUTC());
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
