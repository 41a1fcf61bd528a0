package dev.concierge.core.digest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Staff accounts' digest settings, and the periods their digests were claimed and sent for. Shared
 * by every instance of the service: the claim is what keeps two instances from sending one
 * account's digest of one period twice. Implementations are thread-safe.
 */
public interface DigestStore {
  /** The account's settings; empty when it never set them. */
  Optional<DigestSettings> find(UUID orgId, UUID accountId);

  void save(UUID orgId, UUID accountId, DigestSettings settings);

  /** The active account, as its digest sees it; empty when deleted, inactive or in another org. */
  Optional<DigestRecipient> recipient(UUID orgId, UUID accountId);

  /** The active account with this email address (any case), in whichever organization. */
  Optional<DigestRecipient> recipientByEmail(String email);

  /** Every active account of every organization whose digest is on. */
  List<DigestSubscriber> subscribers();

  /**
   * Claims the account's digest of {@code period} until {@code leaseUntil}: the claim of its first
   * attempt for exactly one caller, however many try at once; and again, as its next attempt, once
   * a claim's lease has run out without an outcome (its instance died or the send will be tried
   * again), up to {@code maxAttempts}. Empty for every other caller.
   */
  Optional<DigestClaim> claim(
      UUID orgId,
      UUID accountId,
      DigestPeriod period,
      String claimedBy,
      Instant leaseUntil,
      Instant now,
      int maxAttempts);

  /** Records how the claimed digest ended; the period is not claimed again. */
  void finish(DigestClaim claim, DigestOutcome outcome, Instant finishedAt);

  /** Leaves the claimed digest to be claimed again from {@code retryAt}, saying why. */
  void release(DigestClaim claim, Instant retryAt, String error);
}
