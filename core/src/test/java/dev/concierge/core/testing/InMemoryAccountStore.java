package dev.concierge.core.testing;

import dev.concierge.core.accounts.Account;
import dev.concierge.core.accounts.AccountStore;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@link AccountStore} in a map, for fast tests of the rules; held to PostgreSQL's by the contract.
 * It counts how often accounts are looked up by organization and admins are locked, for tests of
 * what the use cases spare the database.
 */
public final class InMemoryAccountStore implements AccountStore {
  private final Map<UUID, Account> accounts = new HashMap<>();
  private final Set<UUID> deleted = new HashSet<>();
  private final Clock clock;
  private int finds;
  private int locks;

  public InMemoryAccountStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized Optional<Account> find(UUID orgId, UUID accountId) {
    finds++;
    return findAnywhere(accountId).filter(a -> a.orgId().equals(orgId));
  }

  @Override
  public synchronized Optional<Account> findAnywhere(UUID accountId) {
    return live().filter(a -> a.accountId().equals(accountId)).findFirst();
  }

  @Override
  public synchronized Optional<Account> findByEmail(String email) {
    return live().filter(a -> lower(a.email()).equals(lower(email))).findFirst();
  }

  @Override
  public synchronized Page<Account> list(UUID orgId, PageRequest page) {
    return Pages.of(
        live()
            .filter(a -> a.orgId().equals(orgId))
            .sorted(
                Comparator.comparing(Account::displayName)
                    .thenComparing(a -> a.accountId().toString()))
            .toList(),
        page);
  }

  @Override
  public synchronized List<Account> listAll() {
    // a UUID's text orders as PostgreSQL orders the UUID
    return live()
        .sorted(
            Comparator.comparing((Account a) -> a.orgId().toString())
                .thenComparing(a -> lower(a.email()))
                .thenComparing(a -> a.accountId().toString()))
        .toList();
  }

  @Override
  public synchronized Account save(Account account) {
    Account existing = accounts.get(account.accountId());
    if (existing != null
        && (!existing.orgId().equals(account.orgId()) || deleted.contains(account.accountId()))) {
      throw new NotFoundException("account", account.accountId());
    }
    findByEmail(account.email())
        .filter(other -> !other.accountId().equals(account.accountId()))
        .ifPresent(
            other -> {
              throw new ConflictException("An account with that email address already exists.");
            });
    Instant now = clock.instant();
    Account stored =
        existing == null
            ? account.withLastLoginAt(null).stored(now, now)
            : account.withLastLoginAt(existing.lastLoginAt()).stored(existing.createdAt(), now);
    accounts.put(stored.accountId(), stored);
    return stored;
  }

  @Override
  public synchronized boolean delete(UUID orgId, UUID accountId) {
    Optional<Account> found = findAnywhere(accountId).filter(a -> a.orgId().equals(orgId));
    found.ifPresent(
        a -> {
          accounts.put(accountId, a.changed(a.displayName(), a.role(), a.passwordHash(), false));
          deleted.add(accountId);
        });
    return found.isPresent();
  }

  @Override
  public synchronized void recordLogin(UUID accountId, Instant at) {
    Account account = accounts.get(accountId);
    if (account != null) {
      accounts.put(accountId, account.withLastLoginAt(at));
    }
  }

  @Override
  public synchronized Set<UUID> lockActiveAdmins(UUID orgId) {
    locks++;
    return live()
        .filter(a -> a.orgId().equals(orgId) && a.isActiveAdmin())
        .map(Account::accountId)
        .collect(Collectors.toSet());
  }

  /** How often accounts were looked up within an organization. */
  public synchronized int finds() {
    return finds;
  }

  /** How often an organization's admins were locked. */
  public synchronized int locks() {
    return locks;
  }

  private Stream<Account> live() {
    return accounts.values().stream().filter(a -> !deleted.contains(a.accountId()));
  }

  private static String lower(String email) {
    return email.toLowerCase(Locale.ROOT);
  }
}
