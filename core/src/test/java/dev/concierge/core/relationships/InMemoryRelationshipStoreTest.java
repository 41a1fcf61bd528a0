package dev.concierge.core.relationships;

import dev.concierge.core.testing.InMemoryPersonStore;
import dev.concierge.core.testing.InMemoryRelationshipStore;
import dev.concierge.core.testing.TestClients;
import dev.concierge.core.testing.TickingClock;
import java.util.UUID;

class InMemoryRelationshipStoreTest extends RelationshipStoreContract {
  private final InMemoryPersonStore persons = new InMemoryPersonStore(TickingClock.fromNow());

  @Override
  protected RelationshipStore store() {
    return new InMemoryRelationshipStore(persons, TickingClock.fromNow());
  }

  @Override
  protected UUID newOrganization() {
    return UUID.randomUUID();
  }

  @Override
  protected UUID newPerson(UUID orgId) {
    return TestClients.in(persons, orgId);
  }

  @Override
  protected void deletePerson(UUID orgId, UUID personId) {
    persons.delete(orgId, personId);
  }
}
