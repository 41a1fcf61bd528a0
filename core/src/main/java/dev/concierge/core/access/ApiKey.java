package dev.concierge.core.access;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A credential for the REST API, bound to one organization and role. Only the key's prefix (to find
 * it) and its SHA-256 hash (to check it) are kept; the key itself is shown once.
 */
public record ApiKey(
    UUID apiKeyId,
    UUID orgId,
    String name,
    ApiRole role,
    String keyPrefix,
    String keyHash,
    String createdBy,
    Instant lastUsedAt,
    Instant revokedAt,
    Instant createdAt) {

  public ApiKey {
    Objects.requireNonNull(apiKeyId, "apiKeyId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(keyPrefix, "keyPrefix");
    Objects.requireNonNull(keyHash, "keyHash");
  }

  /** A new key, not stored yet, never used or revoked. */
  public static ApiKey of(
      UUID orgId, String name, ApiRole role, String keyPrefix, String keyHash, String createdBy) {
    return new ApiKey(
        UUID.randomUUID(), orgId, name, role, keyPrefix, keyHash, createdBy, null, null, null);
  }

  /** This key as a store keeps it: used last at {@code lastUsedAt}, revoked at, created at. */
  public ApiKey stored(Instant lastUsedAt, Instant revokedAt, Instant createdAt) {
    return new ApiKey(
        apiKeyId,
        orgId,
        name,
        role,
        keyPrefix,
        keyHash,
        createdBy,
        lastUsedAt,
        revokedAt,
        createdAt);
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }
}
