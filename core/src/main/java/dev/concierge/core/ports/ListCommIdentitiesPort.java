package dev.concierge.core.ports;

import dev.concierge.core.identities.CommIdentity;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.UUID;

public interface ListCommIdentitiesPort {
  /** By channel, then oldest first. */
  Page<CommIdentity> listCommIdentities(UUID orgId, UUID personId, PageRequest page);
}
