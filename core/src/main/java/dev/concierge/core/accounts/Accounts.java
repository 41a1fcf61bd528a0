package dev.concierge.core.accounts;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.UnauthenticatedException;
import dev.concierge.core.organization.OrganizationStore;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.PersonStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Use cases of staff accounts: admins create, list, change and remove them; staff sign in with
 * their email address and password. Thread-safe.
 *
 * <p>Signing in says nothing about why it failed: an unknown address, a wrong password and an
 * inactive account get the same answer, after the same work (an unknown address is checked against
 * a decoy hash), so neither the answer nor its timing tells a prober which addresses exist.
 *
 * <p>A signed-in account is looked up again on its requests, but remembered for {@link
 * #REMEMBERED_FOR}: a change made through this instance takes effect at once, one made by another
 * process (the command line, another instance) within that time.
 */
public final class Accounts {
  public static final int MIN_PASSWORD_LENGTH = 12;
  public static final int MAX_PASSWORD_LENGTH = 1024;
  static final Duration REMEMBERED_FOR = Duration.ofSeconds(5);
  static final String SIGN_IN_FAILED = "The email address or password is not right.";

  private static final int MAX_EMAIL_LENGTH = 320;
  // one @, no spaces or control characters, a dotted domain: what a mail server needs, no more
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+");
  // bounds memory against a flood of distinct valid tokens; a full memory is simply dropped
  private static final int MAX_REMEMBERED = 10_000;

  private final AccountStore accounts;
  private final PersonStore persons;
  private final OrganizationStore organizations;
  private final AuditTrail audit;
  private final PasswordHashing hashing;
  private final Clock clock;
  private final Map<Key, Remembered> remembered = new ConcurrentHashMap<>();
  private volatile String decoyHash;

  private record Key(UUID orgId, UUID accountId) {}

  private record Remembered(Optional<Account> account, Instant until) {}

  /**
   * @param audit records every change, in its transaction
   * @param hashing hashes passwords and checks them against their hashes
   */
  public Accounts(
      AccountStore accounts,
      PersonStore persons,
      OrganizationStore organizations,
      AuditTrail audit,
      PasswordHashing hashing,
      Clock clock) {
    this.accounts = accounts;
    this.persons = persons;
    this.organizations = organizations;
    this.audit = audit;
    this.hashing = hashing;
    this.clock = clock;
  }

  public Page<Account> list(Caller caller, PageRequest page) {
    caller.requireAdmin();
    return accounts.list(caller.orgId(), page);
  }

  public Account get(Caller caller, UUID accountId) {
    caller.requireAdmin();
    return accounts
        .find(caller.orgId(), accountId)
        .orElseThrow(() -> new NotFoundException("account", accountId));
  }

  public Account create(Caller caller, NewAccount account) {
    caller.requireAdmin();
    String email = account.email() == null ? null : account.email().strip();
    FieldErrors errors =
        new FieldErrors()
            .required("email", email)
            .required("display_name", account.displayName())
            .length("display_name", account.displayName(), 1, 200)
            .required("role", account.role())
            .required("password", account.password());
    email(errors, email);
    password(errors, account.password(), email);
    if (account.personId() != null && persons.find(caller.orgId(), account.personId()).isEmpty()) {
      errors.add("person_id", "is not a person of this organization");
    }
    errors.throwIfAny();
    if (organizations.find(caller.orgId()).isEmpty()) {
      throw new NotFoundException("organization", caller.orgId());
    }
    // the store refuses a duplicate too; asking first spares a password hash
    if (accounts.findByEmail(email).isPresent()) {
      throw duplicateEmail();
    }
    return audit.created(
        caller,
        EntityType.ACCOUNT,
        account,
        Account::accountId,
        () ->
            accounts.save(
                Account.of(
                    caller.orgId(),
                    account.personId(),
                    email,
                    account.displayName().strip(),
                    account.role(),
                    hashing.hash(account.password()))));
  }

  public Account update(Caller caller, UUID accountId, AccountChanges changes) {
    Account current = get(caller, accountId);
    String displayName = changes.displayName().applyTo(current.displayName());
    ApiRole role = changes.role().applyTo(current.role());
    Boolean active = changes.isActive().applyTo(current.isActive());
    String password = changes.password().applyTo(null);
    FieldErrors errors =
        new FieldErrors()
            .required("display_name", displayName)
            .length("display_name", displayName, 1, 200)
            .required("role", role)
            .required("is_active", active);
    if (changes.password().isPresent()) {
      errors.required("password", password);
      password(errors, password, current.email());
    }
    errors.throwIfAny();
    String hash = password == null ? current.passwordHash() : hashing.hash(password);
    Account changed = current.changed(displayName.strip(), role, hash, active);
    try {
      return audit.updated(
          caller,
          EntityType.ACCOUNT,
          accountId,
          changes,
          () -> {
            keepAnAdmin(caller, current, changed.isActiveAdmin());
            return accounts.save(changed);
          });
    } finally {
      forget(accountId);
    }
  }

  /** Soft delete: the account can no longer sign in, and its email address is free again. */
  public void delete(Caller caller, UUID accountId) {
    Account current = get(caller, accountId);
    try {
      audit.deleted(
          caller,
          EntityType.ACCOUNT,
          accountId,
          () -> {
            keepAnAdmin(caller, current, false);
            if (!accounts.delete(caller.orgId(), accountId)) {
              throw new NotFoundException("account", accountId);
            }
          });
    } finally {
      forget(accountId);
    }
  }

  /**
   * The account with this email address and password, when it is active; its last login is
   * recorded, and a hash made with outdated parameters is redone while the password is at hand.
   *
   * @throws UnauthenticatedException with one message whatever was wrong
   */
  public Account login(String email, String password) {
    if (password == null || password.isEmpty() || password.length() > MAX_PASSWORD_LENGTH) {
      // decided by the password alone, so it tells nothing about the address
      throw new UnauthenticatedException(SIGN_IN_FAILED);
    }
    String address = email == null ? "" : email.strip();
    Account account =
        address.length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(address).matches()
            ? accounts.findByEmail(address).filter(a -> a.passwordHash() != null).orElse(null)
            : null;
    boolean matches = hashing.verify(password, account == null ? decoy() : account.passwordHash());
    if (account == null || !matches || !account.isActive()) {
      throw new UnauthenticatedException(SIGN_IN_FAILED);
    }
    if (hashing.needsRehash(account.passwordHash())) {
      account = accounts.save(account.withPasswordHash(hashing.hash(password)));
    }
    Instant now = clock.instant();
    accounts.recordLogin(account.accountId(), now);
    Account signedIn = account.withLastLoginAt(now);
    remember(new Key(signedIn.orgId(), signedIn.accountId()), Optional.of(signedIn), now);
    return signedIn;
  }

  /**
   * The account a token names, if it is still there and active, as it is now (its role may have
   * changed since the token was issued). Remembered for {@link #REMEMBERED_FOR}.
   */
  public Optional<Account> signedIn(UUID orgId, UUID accountId) {
    Key key = new Key(orgId, accountId);
    Instant now = clock.instant();
    Remembered known = remembered.get(key);
    if (known != null && now.isBefore(known.until())) {
      return known.account();
    }
    Optional<Account> account = accounts.find(orgId, accountId).filter(Account::isActive);
    remember(key, account, now);
    return account;
  }

  // ---------------------------------------------------------------------------------------------
  // For operators at the command line, who work across organizations

  public List<Account> listAll() {
    return accounts.listAll();
  }

  /** The live account with this id or email address, whichever organization it is in. */
  public Account locate(String idOrEmail) {
    String text = idOrEmail == null ? "" : idOrEmail.strip();
    Optional<Account> found =
        text.contains("@")
            ? accounts.findByEmail(text)
            : parseUuid(text).flatMap(accounts::findAnywhere);
    return found.orElseThrow(() -> new NotFoundException("account", text));
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * An account may not take the last active admin account of its organization away from itself (by
   * demotion, deactivation or deletion): nobody would be left to sign in and manage accounts. API
   * keys and operators may: they are how an installation is set up and recovered anyway.
   */
  private void keepAnAdmin(Caller caller, Account before, boolean stillActiveAdmin) {
    boolean itself =
        caller.actorType() == ActorType.ACCOUNT && before.accountId().equals(caller.actorId());
    if (!itself || !before.isActiveAdmin() || stillActiveAdmin) {
      return;
    }
    Set<UUID> others = new HashSet<>(accounts.lockActiveAdmins(before.orgId()));
    others.remove(before.accountId());
    if (others.isEmpty()) {
      throw new ConflictException(
          "This is the last active admin account of the organization: make another account"
              + " admin first.");
    }
  }

  private static void email(FieldErrors errors, String email) {
    if (email != null
        && (email.length() < 3
            || email.length() > MAX_EMAIL_LENGTH
            || !EMAIL.matcher(email).matches())) {
      errors.add("email", "must be an email address such as anna@example.com");
    }
  }

  /** The password policy: long enough to resist guessing, short enough to hash cheaply. */
  private static void password(FieldErrors errors, String password, String email) {
    if (password == null) {
      return;
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
      errors.add(
          "password",
          "must be "
              + MIN_PASSWORD_LENGTH
              + " to "
              + String.format(Locale.ROOT, "%,d", MAX_PASSWORD_LENGTH)
              + " characters");
    } else if (email != null
        && password.strip().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT))) {
      errors.add("password", "must not be the email address");
    }
  }

  private static ConflictException duplicateEmail() {
    return new ConflictException("An account with that email address already exists.");
  }

  /**
   * A hash no password is known for, made with the current parameters, so checking a password
   * against it costs what checking a real one does.
   */
  private String decoy() {
    String hash = decoyHash;
    if (hash == null) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      hash = hashing.hash(Base64.getEncoder().encodeToString(random));
      decoyHash = hash;
    }
    return hash;
  }

  private void remember(Key key, Optional<Account> account, Instant now) {
    if (remembered.size() >= MAX_REMEMBERED) {
      remembered.clear();
    }
    remembered.put(key, new Remembered(account, now.plus(REMEMBERED_FOR)));
  }

  private void forget(UUID accountId) {
    remembered.keySet().removeIf(key -> key.accountId().equals(accountId));
  }

  private static Optional<UUID> parseUuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
