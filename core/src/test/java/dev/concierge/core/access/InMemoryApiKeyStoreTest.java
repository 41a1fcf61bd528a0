package dev.concierge.core.access;

import dev.concierge.core.testing.InMemoryApiKeyStore;
import java.time.Clock;
import java.util.UUID;

class InMemoryApiKeyStoreTest extends ApiKeyStoreContract {
  @Override
  protected ApiKeyStore store() {
    return new InMemoryApiKeyStore(Clock.systemUTC());
  }

  @Override
  protected UUID newOrganization() {
    return UUID.randomUUID();
  }
}
