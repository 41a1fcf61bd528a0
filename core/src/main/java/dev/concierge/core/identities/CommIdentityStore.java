package dev.concierge.core.identities;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the ways to reach each person (email addresses, Slack ids, phone numbers) are kept.
 * Implementations are thread-safe.
 */
public interface CommIdentityStore {
  Optional<CommIdentity> loadCommIdentity(UUID orgId, UUID personId, UUID commIdentityId);

  /**
   * Inserts or updates. Saving a primary identity demotes the person's other primary identity on
   * that channel in the same transaction; a value already used on that channel is a
   * ConflictException.
   */
  CommIdentity saveCommIdentity(CommIdentity identity);

  /** By channel, then oldest first. */
  Page<CommIdentity> listCommIdentities(UUID orgId, UUID personId, PageRequest page);

  /** Soft-deletes. */
  boolean deleteCommIdentity(UUID orgId, UUID personId, UUID commIdentityId);

  Optional<CommIdentity> findReachableIdentity(UUID orgId, UUID personId, ChannelType channel);
}
