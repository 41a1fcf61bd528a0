package dev.concierge.core.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where API keys are kept: their hashes and prefixes, never the keys. Keys are never deleted, only
 * revoked. Implementations are thread-safe.
 */
public interface ApiKeyStore {
  /** The key with that prefix, revoked or not, whichever organization it is in. */
  Optional<ApiKey> findByPrefix(String keyPrefix);

  /** Every key of every organization, oldest first (an operator's view). */
  List<ApiKey> list();

  /** The keys of one organization, oldest first. */
  List<ApiKey> list(UUID orgId);

  /**
   * Adds a new key and returns it as stored (with its creation time).
   *
   * @throws dev.concierge.core.errors.ConflictException when a key has that prefix already
   */
  ApiKey add(ApiKey key);

  /**
   * Marks the key revoked, once (revoking again keeps the first time); empty when there is none.
   */
  Optional<ApiKey> revoke(UUID apiKeyId);

  /**
   * Notes that the key was just used. Coarsely: a use within a minute of the last one noted is not
   * written, so that reads do not all become writes.
   */
  void recordUse(UUID apiKeyId);
}
