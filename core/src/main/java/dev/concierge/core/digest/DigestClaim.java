package dev.concierge.core.digest;

import java.util.Objects;
import java.util.UUID;

/**
 * One account's digest of one period, claimed by one instance.
 *
 * @param attempt how many times the period has been claimed, this claim included
 */
public record DigestClaim(
    UUID orgId, UUID accountId, DigestPeriod period, String claimedBy, int attempt) {
  public DigestClaim {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(claimedBy, "claimedBy");
  }

  /** Names this digest for providers and logs that de-duplicate on it. */
  public String deliveryKey() {
    return "digest:" + accountId + "@" + period.date();
  }
}
