package dev.concierge.http;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.access.Caller;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * The limits of {@link RateLimits} applied around authentication: a token bucket per caller (API
 * key or signed-in account), and one per client address that only failed authentications spend (an
 * unusable key or token, a wrong password at sign-in). In memory, per instance.
 */
final class RateLimiting {
  static final String LIMIT = "RateLimit-Limit";
  static final String REMAINING = "RateLimit-Remaining";
  // only authenticated keys get a bucket, so this is far above any installation's key count
  private static final int MAX_KEYS = 10_000;
  // tens of thousands of addresses probing at once would be a distributed attack no per-address
  // limit stops; keeping them is a few megabytes
  private static final int MAX_ADDRESSES = 50_000;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final long NANOS_PER_MINUTE = 60 * NANOS_PER_SECOND;

  private final TokenBuckets<UUID> perKey;
  private final TokenBuckets<String> failures;
  private final String limit;
  private final String perKeyDetail;

  RateLimiting(RateLimits limits, LongSupplier nanoTime) {
    this.perKey =
        limits.limitsKeys()
            ? new TokenBuckets<>(
                limits.burst(),
                Math.round(NANOS_PER_SECOND / limits.requestsPerSecond()),
                nanoTime,
                MAX_KEYS)
            : null;
    this.failures =
        limits.limitsAuthFailures()
            ? new TokenBuckets<>(
                limits.authFailuresPerMinute(),
                NANOS_PER_MINUTE / limits.authFailuresPerMinute(),
                nanoTime,
                MAX_ADDRESSES)
            : null;
    this.limit = Integer.toString(limits.burst());
    this.perKeyDetail =
        " has made more requests than the server allows ("
            + limits.burst()
            + " at once, "
            + BigDecimal.valueOf(limits.requestsPerSecond()).stripTrailingZeros().toPlainString()
            + " a second); retry after Retry-After seconds.";
  }

  /**
   * Runs before the key is checked, and refuses even a valid key: answering it would tell a prober
   * which of its guesses was right, which is what the limit is there to slow.
   */
  void refuseWhileBlocked(String address) {
    long wait = failures == null ? 0 : failures.secondsUntilAvailable(address);
    if (wait > 0) {
      throw new TooManyRequestsException(
          "Too many requests with an invalid API key, access token or password came from this"
              + " address; retry after Retry-After seconds.",
          wait,
          Map.of());
    }
  }

  void failedFrom(String address) {
    if (failures != null) {
      failures.take(address);
    }
  }

  /** Spends one of the caller's requests, and tells it how many are left. */
  void admit(Context ctx, Caller caller) {
    // only an operator at the command line has no id; it reaches the API through the assistant
    // alone, never over the network
    if (perKey == null || caller.actorId() == null) {
      return;
    }
    admit(
        ctx,
        caller.actorId(),
        caller.actorType() == ActorType.ACCOUNT ? "This account" : "This API key");
  }

  /** Spends one of a calendar feed's requests: a feed's URL is a credential like a key. */
  void admitFeed(Context ctx, UUID feedId) {
    if (perKey != null) {
      admit(ctx, feedId, "This calendar feed");
    }
  }

  private void admit(Context ctx, UUID budget, String who) {
    TokenBuckets.Decision decision = perKey.take(budget);
    if (!decision.allowed()) {
      throw new TooManyRequestsException(
          who + perKeyDetail, decision.retryAfterSeconds(), Map.of(LIMIT, limit, REMAINING, "0"));
    }
    ctx.header(LIMIT, limit);
    ctx.header(REMAINING, Long.toString(decision.remaining()));
  }
}
