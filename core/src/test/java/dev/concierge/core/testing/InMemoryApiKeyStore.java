package dev.concierge.core.testing;

import dev.concierge.core.access.ApiKey;
import dev.concierge.core.access.ApiKeyStore;
import dev.concierge.core.errors.ConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link ApiKeyStore} in a map, for fast tests of the rules; held to PostgreSQL's by the contract.
 * It counts the lookups by prefix and the uses it is told of, for tests of what the use case spares
 * the database.
 */
public final class InMemoryApiKeyStore implements ApiKeyStore {
  private static final Duration USE_PRECISION = Duration.ofMinutes(1);

  // in the order they were added, which is oldest first also when the clock stood still
  private final Map<UUID, ApiKey> keys = new LinkedHashMap<>();
  private final Clock clock;
  private int lookups;
  private int uses;

  public InMemoryApiKeyStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized Optional<ApiKey> findByPrefix(String keyPrefix) {
    lookups++;
    return keys.values().stream().filter(k -> k.keyPrefix().equals(keyPrefix)).findFirst();
  }

  @Override
  public synchronized List<ApiKey> list() {
    return List.copyOf(keys.values());
  }

  @Override
  public synchronized List<ApiKey> list(UUID orgId) {
    return keys.values().stream().filter(k -> k.orgId().equals(orgId)).toList();
  }

  @Override
  public synchronized ApiKey add(ApiKey key) {
    if (keys.containsKey(key.apiKeyId())
        || keys.values().stream().anyMatch(k -> k.keyPrefix().equals(key.keyPrefix()))) {
      throw new ConflictException("An API key with that prefix already exists.");
    }
    ApiKey stored = key.stored(null, null, clock.instant());
    keys.put(stored.apiKeyId(), stored);
    return stored;
  }

  @Override
  public synchronized Optional<ApiKey> revoke(UUID apiKeyId) {
    return Optional.ofNullable(keys.get(apiKeyId))
        .map(
            key -> {
              ApiKey revoked =
                  key.isRevoked()
                      ? key
                      : key.stored(key.lastUsedAt(), clock.instant(), key.createdAt());
              keys.put(apiKeyId, revoked);
              return revoked;
            });
  }

  @Override
  public synchronized void recordUse(UUID apiKeyId) {
    uses++;
    ApiKey key = keys.get(apiKeyId);
    Instant now = clock.instant();
    if (key != null
        && (key.lastUsedAt() == null || key.lastUsedAt().isBefore(now.minus(USE_PRECISION)))) {
      keys.put(apiKeyId, key.stored(now, key.revokedAt(), key.createdAt()));
    }
  }

  /** How often a key was looked up by its prefix. */
  public synchronized int lookups() {
    return lookups;
  }

  /** How often the store was told of a use. */
  public synchronized int uses() {
    return uses;
  }
}
