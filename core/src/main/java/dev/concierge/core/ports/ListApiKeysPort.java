package dev.concierge.core.ports;

import dev.concierge.core.access.ApiKey;
import java.util.List;
import java.util.UUID;

public interface ListApiKeysPort {
  /** Every key of every organization, oldest first (an operator's view). */
  List<ApiKey> listApiKeys();

  /** The keys of one organization, oldest first; a store should ask for them alone. */
  default List<ApiKey> listApiKeys(UUID orgId) {
    return listApiKeys().stream().filter(key -> key.orgId().equals(orgId)).toList();
  }
}
