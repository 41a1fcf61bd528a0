package dev.concierge.core.ports;

import dev.concierge.core.accounts.Account;
import java.util.Optional;
import java.util.UUID;

public interface LoadAccountPort {
  /** The account, active or not, unless it belongs to another organization or was deleted. */
  Optional<Account> loadAccount(UUID orgId, UUID accountId);
}
