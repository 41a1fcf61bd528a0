package dev.concierge.core.ports;

import java.util.Set;
import java.util.UUID;

public interface LockActiveAdminsPort {
  /**
   * The organization's active admin accounts, locked until the surrounding transaction ends, so
   * that two admins stepping down at once cannot both see the other one still there.
   */
  Set<UUID> lockActiveAdmins(UUID orgId);
}
