package dev.concierge.core.preferences;

import dev.concierge.core.testing.InMemoryPreferenceStore;
import dev.concierge.core.testing.TickingClock;
import java.util.UUID;

class InMemoryPreferenceStoreTest extends PreferenceStoreContract {
  @Override
  protected PreferenceStore store() {
    return new InMemoryPreferenceStore(TickingClock.fromNow());
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
  protected UUID newMessage(UUID orgId, UUID personId) {
    return UUID.randomUUID();
  }
}
