package dev.concierge.core.organization;

import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.testing.InMemoryOrganizationStore;
import dev.concierge.core.testing.InMemoryPersonStore;
import java.time.Clock;

class InMemoryOrganizationStoreTest extends OrganizationStoreContract {
  private final InMemoryPersonStore persons = new InMemoryPersonStore(Clock.systemUTC());

  @Override
  protected OrganizationStore store() {
    return new InMemoryOrganizationStore(Clock.systemUTC(), persons);
  }

  @Override
  protected PersonStore persons() {
    return persons;
  }
}
