package dev.concierge.core.ports;

import dev.concierge.core.access.ApiKey;
import java.util.Optional;
import java.util.UUID;

public interface RevokeApiKeyPort {
  /** Marks the key revoked (once); empty when there is no such key. */
  Optional<ApiKey> revokeApiKey(UUID apiKeyId);
}
