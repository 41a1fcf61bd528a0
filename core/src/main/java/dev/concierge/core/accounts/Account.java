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

  /** A new active account that never signed in, not stored yet. */
  public static Account of(
      UUID orgId, UUID personId, String email, String displayName, ApiRole role, String hash) {
    return new Account(
        UUID.randomUUID(), orgId, personId, email, displayName, role, hash, true, null, null, null);
  }

  public boolean isActiveAdmin() {
    return isActive && role == ApiRole.ADMIN;
  }

  /** This account with the fields a change may set, as they are after it. */
  public Account changed(String displayName, ApiRole role, String passwordHash, boolean isActive) {
    return new Account(
        accountId,
        orgId,
        personId,
        email,
        displayName,
        role,
        passwordHash,
        isActive,
        lastLoginAt,
        createdAt,
        updatedAt);
  }

  /**
   * This account as a store keeps it: created at {@code createdAt}, changed at {@code updatedAt}.
   */
  public Account stored(Instant createdAt, Instant updatedAt) {
    return new Account(
        accountId,
        orgId,
        personId,
        email,
        displayName,
        role,
        passwordHash,
        isActive,
        lastLoginAt,
        createdAt,
        updatedAt);
  }

  public Account withPasswordHash(String hash) {
    return changed(displayName, role, hash, isActive);
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
