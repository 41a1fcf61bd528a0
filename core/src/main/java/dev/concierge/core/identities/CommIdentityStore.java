package dev.concierge.core.identities;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the ways to reach each person (email addresses, Slack ids, phone numbers) are kept. Each
 * method works within one organization and one person; soft-deleted identities are invisible to all
 * of them. Implementations are thread-safe.
 */
public interface CommIdentityStore {
  Optional<CommIdentity> find(UUID orgId, UUID personId, UUID commIdentityId);

  /** One page of the person's identities by channel name, then oldest first, with the total. */
  Page<CommIdentity> list(UUID orgId, UUID personId, PageRequest page);

  /**
   * Adds the identity or replaces the one with its id (whose channel stays), and returns it as
   * stored. Saving a primary identity demotes the person's other primary identity on that channel,
   * in one transaction.
   *
   * @throws dev.concierge.core.errors.ConflictException when a live identity of the organization
   *     has that value on that channel already
   * @throws dev.concierge.core.errors.NotFoundException when the id is a deleted identity or
   *     another person's
   */
  CommIdentity save(CommIdentity identity);

  /** Marks the identity deleted (and no longer primary); false when there was no such identity. */
  boolean delete(UUID orgId, UUID personId, UUID commIdentityId);

  /**
   * The live identity of the organization with {@code value} on {@code channel}: who an inbound
   * Slack user or email address is. At most one person of an organization uses a value.
   */
  Optional<CommIdentity> findByValue(UUID orgId, ChannelType channel, String value);

  /**
   * The identity a reminder to the person on {@code channel} (any channel when null) goes to: a
   * primary one first, then by channel (Slack, email, SMS, phone, web), then the oldest.
   */
  Optional<CommIdentity> findReachable(UUID orgId, UUID personId, ChannelType channel);
}
