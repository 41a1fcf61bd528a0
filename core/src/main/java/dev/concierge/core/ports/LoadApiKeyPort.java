package dev.concierge.core.ports;

import dev.concierge.core.access.ApiKey;
import java.util.Optional;

public interface LoadApiKeyPort {
  /** The key with that prefix, revoked or not. */
  Optional<ApiKey> loadApiKeyByPrefix(String keyPrefix);
}
