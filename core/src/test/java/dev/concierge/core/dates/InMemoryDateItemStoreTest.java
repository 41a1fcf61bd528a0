package dev.concierge.core.dates;

import dev.concierge.core.testing.InMemoryDateItemStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

class InMemoryDateItemStoreTest extends DateItemStoreContract {
  private final InMemoryDateItemStore store = new InMemoryDateItemStore(Clock.systemUTC());

  @Override
  protected DateItemStore store() {
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

  @Override
  protected UUID newCategory(UUID orgId) {
    return UUID.randomUUID();
  }

  @Override
  protected void placeNextOccurrence(UUID dateItemId, LocalDate next) {
    store.placeNextOccurrence(dateItemId, next);
  }
}
