package dev.concierge.core.accounts;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.persons.PersonType;
import dev.concierge.core.testing.InMemoryAccountStore;
import dev.concierge.core.testing.InMemoryAuditStore;
import dev.concierge.core.testing.InMemoryOrganizationStore;
import dev.concierge.core.testing.InMemoryPersonStore;
import dev.concierge.core.testing.MovableClock;
import dev.concierge.core.testing.Persons;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@link Accounts} over stores in memory, a hashing that counts its work, and tokens that are plain
 * text: enough to test the rules without a database or cryptography.
 */
final class InMemoryAccounts {
  static final UUID ORG = UUID.fromString("00000000-0000-0000-0000-000000000001");
  static final UUID OTHER_ORG = UUID.fromString("00000000-0000-0000-0000-0000000000ff");

  final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T12:00:00Z"));
  final InMemoryAccountStore accounts = new InMemoryAccountStore(clock);
  final InMemoryPersonStore persons = new InMemoryPersonStore(clock);
  final CountingHashing hashing = new CountingHashing();
  private final InMemoryOrganizationStore organizations =
      InMemoryOrganizationStore.with(ORG, OTHER_ORG);

  Accounts accounts() {
    return new Accounts(
        accounts,
        persons,
        organizations,
        new AuditTrail(new InMemoryAuditStore(), Supplier::get),
        hashing,
        clock);
  }

  UUID person(UUID orgId) {
    return persons.save(Persons.of(orgId, "Anna Staff", PersonType.STAFF)).personId();
  }

  /** The account as stored now. */
  Account stored(UUID accountId) {
    return accounts.findAnywhere(accountId).orElseThrow();
  }

  /** Every live account. */
  List<Account> all() {
    return accounts.listAll();
  }

  /** Changes an account behind the use case's back, as another process would. */
  void changeInStore(UUID accountId, boolean active, ApiRole role) {
    Account a = stored(accountId);
    accounts.save(a.changed(a.displayName(), role, a.passwordHash(), active));
  }

  /** "Hashes" by prefixing a version; counts every hash and check, the work that takes time. */
  static final class CountingHashing implements PasswordHashing {
    String version = "v1";
    int hashes;
    int verifications;

    @Override
    public String hash(String password) {
      hashes++;
      return version + ":" + password;
    }

    @Override
    public boolean verify(String password, String hash) {
      verifications++;
      return hash.substring(hash.indexOf(':') + 1).equals(password);
    }

    @Override
    public boolean needsRehash(String hash) {
      return !hash.startsWith(version + ":");
    }
  }

  /** Tokens as readable text, "valid" while unexpired by the clock. */
  static final class PlainTokens implements AccessTokens {
    private final Clock clock;
    final Map<String, TokenClaims> issued = new HashMap<>();

    PlainTokens(Clock clock) {
      this.clock = clock;
    }

    @Override
    public String issue(TokenClaims claims) {
      String token = "token-" + claims.tokenId();
      issued.put(token, claims);
      return token;
    }

    @Override
    public Optional<TokenClaims> verify(String token) {
      return Optional.ofNullable(issued.get(token))
          .filter(c -> clock.instant().isBefore(c.expiresAt()));
    }
  }
}
