package dev.concierge.core.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where API keys are kept (their hashes and prefixes, never the keys). Implementations are
 * thread-safe.
 */
public interface ApiKeyStore {
  /** The key with that prefix, revoked or not. */
  Optional<ApiKey> loadApiKeyByPrefix(String keyPrefix);

  /** Every key of every organization, oldest first (an operator's view). */
  List<ApiKey> listApiKeys();

  /** The keys of one organization, oldest first; a store should ask for them alone. */
  default List<ApiKey> listApiKeys(UUID orgId) {
    return listApiKeys().stream().filter(key -> key.orgId().equals(orgId)).toList();
  }

  ApiKey saveApiKey(ApiKey key);

  /** Marks the key revoked (once); empty when there is no such key. */
  Optional<ApiKey> revokeApiKey(UUID apiKeyId);

  /** Notes that the key was just used (coarsely: at most once a minute is written). */
  void recordApiKeyUse(UUID apiKeyId);
}
