package dev.concierge.core.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A successful sign-in: the access token, how long it lasts, and whose it is. */
public record SignedIn(String accessToken, Instant expiresAt, Duration lifetime, Account account) {
  public SignedIn {
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(lifetime, "lifetime");
    Objects.requireNonNull(account, "account");
  }

  @Override
  public String toString() {
    return "SignedIn[" + account + " until " + expiresAt + "]";
  }
}
