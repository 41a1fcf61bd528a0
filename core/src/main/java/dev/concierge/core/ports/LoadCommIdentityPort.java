package dev.concierge.core.ports;

import dev.concierge.core.identities.CommIdentity;
import java.util.Optional;
import java.util.UUID;

public interface LoadCommIdentityPort {
  Optional<CommIdentity> loadCommIdentity(UUID orgId, UUID personId, UUID commIdentityId);
}
