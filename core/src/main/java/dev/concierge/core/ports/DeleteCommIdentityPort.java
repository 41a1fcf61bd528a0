package dev.concierge.core.ports;

import java.util.UUID;

public interface DeleteCommIdentityPort {
  /** Soft-deletes. */
  boolean deleteCommIdentity(UUID orgId, UUID personId, UUID commIdentityId);
}
