package dev.concierge.core.accounts;

import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.UnauthenticatedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * Signing in with a password for a short-lived access token, and the token standing in for the
 * password on each request after. A token is only as good as its account: every request checks that
 * the account is still active and takes its current role (see {@link Accounts#signedIn}), so
 * deactivating an account or changing its role does not wait for its tokens to expire.
 */
public final class AccountSessions {
  static final String INVALID_TOKEN = "The access token is missing, invalid or expired.";

  private final Accounts accounts;
  private final AccessTokens tokens;
  private final Duration lifetime;
  private final Clock clock;

  public AccountSessions(Accounts accounts, AccessTokens tokens, Duration lifetime, Clock clock) {
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (lifetime.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("a token must last at least a second");
    }
  }

  /**
   * @throws UnauthenticatedException with one message for every reason (see {@link Accounts#login})
   */
  public SignedIn login(String email, String password) {
    Account account = accounts.login(email, password);
    // tokens carry whole seconds, so the expiry said here is the one the token holds
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Instant expires = now.plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
    String token =
        tokens.issue(
            new TokenClaims(
                account.accountId(),
                account.orgId(),
                account.role(),
                account.displayName(),
                now,
                expires,
                UUID.randomUUID().toString()));
    return new SignedIn(token, expires, lifetime, account);
  }

  /** The caller a presented token stands for, with its account's current name and role. */
  public Caller authenticate(String token) {
    TokenClaims claims =
        tokens.verify(token).orElseThrow(() -> new UnauthenticatedException(INVALID_TOKEN));
    Account account =
        accounts
            .signedIn(claims.orgId(), claims.accountId())
            .orElseThrow(() -> new UnauthenticatedException(INVALID_TOKEN));
    return Caller.account(
        account.accountId(), account.orgId(), account.displayName(), account.role());
  }

  public Duration lifetime() {
    return lifetime;
  }
}
