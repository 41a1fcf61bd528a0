package dev.concierge.core.ports;

import dev.concierge.core.accounts.Account;
import java.util.Optional;
import java.util.UUID;

/** Accounts looked up across every organization: for signing in and for operators. */
public interface FindAccountPort {
  /** The live account with this email address, compared case-insensitively. */
  Optional<Account> findAccountByEmail(String email);

  /** The live account with this id, whichever organization it is in. */
  Optional<Account> findAccount(UUID accountId);
}
