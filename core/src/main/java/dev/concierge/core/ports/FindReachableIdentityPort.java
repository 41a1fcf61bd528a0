package dev.concierge.core.ports;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.identities.CommIdentity;
import java.util.Optional;
import java.util.UUID;

/**
 * The identity to deliver to a person on a channel (or, null, on any): primary first, then oldest.
 */
public interface FindReachableIdentityPort {
  Optional<CommIdentity> findReachableIdentity(UUID orgId, UUID personId, ChannelType channel);
}
