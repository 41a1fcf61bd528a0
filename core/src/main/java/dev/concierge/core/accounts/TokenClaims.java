package dev.concierge.core.accounts;

import dev.concierge.core.access.ApiRole;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What an access token says: which account signed in, in which organization, with which role, and
 * for how long. The role is the one at sign-in; requests use the account's current one.
 *
 * @param tokenId unique per token, so one can be told apart in logs
 */
public record TokenClaims(
    UUID accountId,
    UUID orgId,
    ApiRole role,
    String name,
    Instant issuedAt,
    Instant expiresAt,
    String tokenId) {
  public TokenClaims {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(tokenId, "tokenId");
  }
}
