package dev.concierge.http;

import dev.concierge.core.accounts.Account;
import java.time.Instant;
import java.util.UUID;

/** An account as the API shows it: never its password hash. */
record AccountJson(
    UUID accountId,
    UUID orgId,
    UUID personId,
    String email,
    String displayName,
    String role,
    boolean isActive,
    Instant lastLoginAt,
    Instant createdAt,
    Instant updatedAt) {

  static AccountJson of(Account a) {
    return new AccountJson(
        a.accountId(),
        a.orgId(),
        a.personId(),
        a.email(),
        a.displayName(),
        a.role().wireName(),
        a.isActive(),
        a.lastLoginAt(),
        a.createdAt(),
        a.updatedAt());
  }
}
