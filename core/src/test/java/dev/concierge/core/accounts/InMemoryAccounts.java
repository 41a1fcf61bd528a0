package dev.concierge.core.accounts;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.organization.OrganizationStore;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonType;
import dev.concierge.core.testing.InMemoryAuditStore;
import dev.concierge.core.testing.InMemoryOrganizationStore;
import dev.concierge.core.testing.InMemoryPersonStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The ports of {@link Accounts} over a map, a hashing that counts its work, and tokens that are
 * plain text: enough to test the rules without a database or cryptography.
 */
final class InMemoryAccounts implements AccountStore {
  static final UUID ORG = UUID.fromString("00000000-0000-0000-0000-000000000001");
  static final UUID OTHER_ORG = UUID.fromString("00000000-0000-0000-0000-0000000000ff");

  final Map<UUID, Account> rows = new HashMap<>();
  final Map<UUID, Instant> logins = new HashMap<>();
  final InMemoryPersonStore persons = new InMemoryPersonStore(Clock.systemUTC());
  final CountingHashing hashing = new CountingHashing();
  private final OrganizationStore organizations = InMemoryOrganizationStore.with(ORG, OTHER_ORG);
  final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T12:00:00Z"));
  int loads;
  int locks;

  Accounts accounts() {
    return new Accounts(
        this,
        this,
        this,
        this,
        this,
        this,
        this,
        persons,
        organizations,
        Supplier::get,
        new dev.concierge.core.audit.AuditTrail(new InMemoryAuditStore(), Supplier::get),
        hashing,
        clock);
  }

  UUID person(UUID orgId) {
    Person person =
        new Person(
            UUID.randomUUID(),
            orgId,
            "Anna Staff",
            null,
            PersonType.STAFF,
            null,
            ZoneId.of("UTC"),
            null,
            null,
            null);
    return persons.save(person).personId();
  }

  /** Changes a row behind the use case's back, as another process would. */
  void changeInStore(UUID accountId, boolean active, ApiRole role) {
    Account a = rows.get(accountId);
    rows.put(
        accountId,
        new Account(
            a.accountId(),
            a.orgId(),
            a.personId(),
            a.email(),
            a.displayName(),
            role,
            a.passwordHash(),
            active,
            a.lastLoginAt(),
            a.createdAt(),
            a.updatedAt()));
  }

  @Override
  public Optional<Account> loadAccount(UUID orgId, UUID accountId) {
    loads++;
    return Optional.ofNullable(rows.get(accountId)).filter(a -> a.orgId().equals(orgId));
  }

  @Override
  public Optional<Account> findAccountByEmail(String email) {
    return rows.values().stream()
        .filter(a -> a.email().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  @Override
  public Optional<Account> findAccount(UUID accountId) {
    return Optional.ofNullable(rows.get(accountId));
  }

  @Override
  public Account saveAccount(Account account) {
    findAccountByEmail(account.email())
        .filter(other -> !other.accountId().equals(account.accountId()))
        .ifPresent(
            other -> {
              throw new ConflictException("duplicate");
            });
    Account stored =
        rows.containsKey(account.accountId())
            ? account
            : new Account(
                account.accountId(),
                account.orgId(),
                account.personId(),
                account.email(),
                account.displayName(),
                account.role(),
                account.passwordHash(),
                account.isActive(),
                null,
                clock.instant(),
                clock.instant());
    rows.put(account.accountId(), stored);
    return stored;
  }

  @Override
  public Page<Account> listAccounts(UUID orgId, PageRequest page) {
    List<Account> all =
        rows.values().stream()
            .filter(a -> a.orgId().equals(orgId))
            .sorted(Comparator.comparing(Account::displayName))
            .toList();
    return new Page<>(all.stream().skip(page.skip()).limit(page.limit()).toList(), all.size());
  }

  @Override
  public List<Account> listAllAccounts() {
    return new ArrayList<>(rows.values());
  }

  @Override
  public boolean deleteAccount(UUID orgId, UUID accountId) {
    return loadAccount(orgId, accountId).map(a -> rows.remove(accountId) != null).orElse(false);
  }

  @Override
  public Set<UUID> lockActiveAdmins(UUID orgId) {
    locks++;
    return rows.values().stream()
        .filter(a -> a.orgId().equals(orgId) && a.isActiveAdmin())
        .map(Account::accountId)
        .collect(Collectors.toSet());
  }

  @Override
  public void recordAccountLogin(UUID accountId, Instant at) {
    logins.put(accountId, at);
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

  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
