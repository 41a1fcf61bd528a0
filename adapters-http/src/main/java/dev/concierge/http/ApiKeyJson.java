package dev.concierge.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.concierge.core.access.ApiKey;
import dev.concierge.core.access.IssuedApiKey;
import java.time.Instant;
import java.util.UUID;

/**
 * An API key on the wire: never its hash; {@code key}, the secret, only in the answer that issued
 * it.
 */
record ApiKeyJson(
    UUID api_key_id,
    UUID org_id,
    String name,
    String role,
    String key_prefix,
    String created_by,
    Instant last_used_at,
    Instant revoked_at,
    Instant created_at,
    @JsonInclude(JsonInclude.Include.NON_NULL) String key) {

  static ApiKeyJson of(ApiKey key) {
    return new ApiKeyJson(
        key.apiKeyId(),
        key.orgId(),
        key.name(),
        key.role().wireName(),
        key.keyPrefix(),
        key.createdBy(),
        key.lastUsedAt(),
        key.revokedAt(),
        key.createdAt(),
        null);
  }

  static ApiKeyJson of(IssuedApiKey issued) {
    ApiKeyJson key = of(issued.key());
    return new ApiKeyJson(
        key.api_key_id(),
        key.org_id(),
        key.name(),
        key.role(),
        key.key_prefix(),
        key.created_by(),
        key.last_used_at(),
        key.revoked_at(),
        key.created_at(),
        issued.secret());
  }
}
