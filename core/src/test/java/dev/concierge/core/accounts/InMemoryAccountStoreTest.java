package dev.concierge.core.accounts;

import dev.concierge.core.testing.InMemoryAccountStore;
import java.time.Clock;
import java.util.UUID;

class InMemoryAccountStoreTest extends AccountStoreContract {
  @Override
  protected AccountStore store() {
    return new InMemoryAccountStore(Clock.systemUTC());
  }

  @Override
  protected UUID newOrganization() {
    return UUID.randomUUID();
  }
}
