package dev.concierge.core.accounts;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Where staff accounts are kept. Soft-deleted accounts are invisible to every method, and their
 * email addresses are free again. Implementations are thread-safe.
 */
public interface AccountStore {
  /** The account, active or not, unless it belongs to another organization or was deleted. */
  Optional<Account> find(UUID orgId, UUID accountId);

  /** The live account with this id, whichever organization it is in (for operators). */
  Optional<Account> findAnywhere(UUID accountId);

  /** The live account with this email address, compared ignoring case, in any organization. */
  Optional<Account> findByEmail(String email);

  /** One page of the organization's live accounts by display name, then id, with the total. */
  Page<Account> list(UUID orgId, PageRequest page);

  /**
   * Every live account of every organization, by organization, then email address (for operators).
   */
  List<Account> listAll();

  /**
   * Adds the account or replaces the one with its id, and returns it as stored (with its creation
   * and change times and its last login, which only {@link #recordLogin} sets).
   *
   * @throws dev.concierge.core.errors.ConflictException when a live account has the email address
   *     already, whatever its case
   * @throws dev.concierge.core.errors.NotFoundException when the id is another organization's
   *     account or a deleted one
   */
  Account save(Account account);

  /**
   * Marks the account deleted and inactive; its email address is free again afterwards.
   *
   * @return false when there was no such live account
   */
  boolean delete(UUID orgId, UUID accountId);

  /** Notes that the account signed in at {@code at}. */
  void recordLogin(UUID accountId, Instant at);

  /**
   * The organization's active admin accounts, locked until the surrounding transaction ends, so
   * that two admins stepping down at once cannot both see the other one still there.
   */
  Set<UUID> lockActiveAdmins(UUID orgId);
}
