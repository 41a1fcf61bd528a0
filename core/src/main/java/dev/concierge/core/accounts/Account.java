package dev.concierge.core.accounts;

import dev.concierge.core.access.ApiRole;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A staff member's login: one email address across the installation, one organization and role.
 * People sign in with it; machines use API keys. Only a hash of the password is ever kept, and
 * {@link #toString()} leaves even that out, so an account can be logged safely.
 *
 * @param personId the staff member's person record, when there is one
 * @param passwordHash a PHC string ({@code $argon2id$...}); null while no password is set, which no
 *     password matches
 */
public record Account(
    UUID accountId,
    UUID orgId,
    UUID personId,
    String email,
    String displayName,
    ApiRole role,
    String passwordHash,
    boolean isActive,
    Instant lastLoginAt,
    Instant createdAt,
    Instant updatedAt) {

  public Account {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(role, "role");
  }

  public boolean isActiveAdmin() {
    return isActive && role == ApiRole.ADMIN;
  }

  public Account withPasswordHash(String hash) {
    return new Account(
        accountId,
        orgId,
        personId,
        email,
        displayName,
        role,
        hash,
        isActive,
        lastLoginAt,
        createdAt,
        updatedAt);
  }

  public Account withLastLoginAt(Instant at) {
    return new Account(
        accountId,
        orgId,
        personId,
        email,
        displayName,
        role,
        passwordHash,
        isActive,
        at,
        createdAt,
        updatedAt);
  }

  @Override
  public String toString() {
    return "Account["
        + accountId
        + " "
        + email
        + " "
        + role.wireName()
        + (isActive ? "" : " inactive")
        + " in "
        + orgId
        + "]";
  }
}
