package dev.concierge.core.catalogue;

import dev.concierge.core.testing.InMemoryCatalogueStore;
import dev.concierge.core.testing.TickingClock;
import java.util.UUID;

class InMemoryCatalogueStoreTest extends CatalogueStoreContract {
  private final CatalogueStore store = new InMemoryCatalogueStore(TickingClock.fromNow());

  @Override
  protected CatalogueStore store() {
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
