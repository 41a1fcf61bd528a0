package dev.concierge.core.ports;

import dev.concierge.core.identities.CommIdentity;

public interface SaveCommIdentityPort {
  /**
   * Inserts or updates. Saving a primary identity demotes the person's other primary identity on
   * that channel in the same transaction; a value already used on that channel is a
   * ConflictException.
   */
  CommIdentity saveCommIdentity(CommIdentity identity);
}
