package dev.concierge.core.accounts;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Where staff accounts are kept. Implementations are thread-safe. */
public interface AccountStore {
  /** The live account with this email address, compared case-insensitively. */
  Optional<Account> findAccountByEmail(String email);

  /** The live account with this id, whichever organization it is in. */
  Optional<Account> findAccount(UUID accountId);

  /** The account, active or not, unless it belongs to another organization or was deleted. */
  Optional<Account> loadAccount(UUID orgId, UUID accountId);

  /** Live accounts of the organization, by display name. */
  Page<Account> listAccounts(UUID orgId, PageRequest page);

  /** Every live account of every organization, for operators. */
  List<Account> listAllAccounts();

  /**
   * Inserts or updates the account (by id, within its organization) and returns it as stored.
   *
   * @throws dev.concierge.core.errors.ConflictException when a live account has the email already
   */
  Account saveAccount(Account account);

  /**
   * Soft-deletes and deactivates the account; its email address is free again afterwards.
   *
   * @return false when there was no such live account
   */
  boolean deleteAccount(UUID orgId, UUID accountId);

  void recordAccountLogin(UUID accountId, Instant at);

  /**
   * The organization's active admin accounts, locked until the surrounding transaction ends, so
   * that two admins stepping down at once cannot both see the other one still there.
   */
  Set<UUID> lockActiveAdmins(UUID orgId);
}
