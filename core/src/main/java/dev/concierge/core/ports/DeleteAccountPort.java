package dev.concierge.core.ports;

import java.util.UUID;

public interface DeleteAccountPort {
  /**
   * Soft-deletes and deactivates the account; its email address is free again afterwards.
   *
   * @return false when there was no such live account
   */
  boolean deleteAccount(UUID orgId, UUID accountId);
}
