package dev.concierge.core.ports;

import dev.concierge.core.accounts.Account;

public interface SaveAccountPort {
  /**
   * Inserts or updates the account (by id, within its organization) and returns it as stored.
   *
   * @throws dev.concierge.core.errors.ConflictException when a live account has the email already
   */
  Account saveAccount(Account account);
}
