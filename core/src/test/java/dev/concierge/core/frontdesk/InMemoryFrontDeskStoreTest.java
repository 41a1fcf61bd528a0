package dev.concierge.core.frontdesk;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.identities.CommIdentity;
import dev.concierge.core.testing.InMemoryCommIdentityStore;
import dev.concierge.core.testing.InMemoryFrontDeskStore;
import dev.concierge.core.testing.TickingClock;
import java.util.UUID;

class InMemoryFrontDeskStoreTest extends FrontDeskStoreContract {
  private final InMemoryCommIdentityStore identities =
      new InMemoryCommIdentityStore(TickingClock.fromNow());
  private final InMemoryFrontDeskStore store = new InMemoryFrontDeskStore(identities);

  @Override
  protected FrontDeskStore store() {
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
  protected void claimWorkspace(UUID orgId, String workspace) {
    store.claimWorkspace(workspace, orgId);
  }

  @Override
  protected void giveSlackIdentity(UUID orgId, UUID personId, String value) {
    identities.save(
        new CommIdentity(
            UUID.randomUUID(),
            orgId,
            personId,
            ChannelType.SLACK,
            value,
            false,
            false,
            null,
            null,
            null));
  }
}
