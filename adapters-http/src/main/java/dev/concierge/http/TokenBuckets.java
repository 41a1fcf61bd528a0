package dev.concierge.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One token bucket per key, in memory: a key may spend up to {@code capacity} requests at once and
 * earns one back every {@code nanosPerToken}. Thread-safe.
 *
 * <p>A bucket is kept as the single instant at which it will be full again (the generic cell rate
 * algorithm's "theoretical arrival time"): whole nanoseconds, so Retry-After comes out exact rather
 * than a rounding error away from the next second.
 *
 * <p>Memory stays bounded without losing anything that matters: a full bucket behaves exactly like
 * a missing one, so full (idle) buckets are dropped whenever a sweep runs, once per time it takes
 * to fill a bucket, and whenever there are more than {@code maxKeys}. If a sweep still leaves too
 * many (a flood of distinct keys, all busy), every bucket is forgotten: letting some requests
 * through beats running out of memory.
 */
final class TokenBuckets<K> {
  private static final Logger log = LoggerFactory.getLogger(TokenBuckets.class);
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final long capacity;
  private final long nanosPerToken;
  // how far ahead of now a bucket's full-again instant may be while it still holds a token
  private final long tolerance;
  private final LongSupplier nanoTime;
  private final int maxKeys;
  private final long sweepEvery;
  private final Map<K, Bucket> buckets = new ConcurrentHashMap<>();
  private final AtomicLong nextSweep;

  /**
   * @param nanoTime a monotonic clock in nanoseconds ({@code System::nanoTime}); tests move their
   *     own
   */
  TokenBuckets(int capacity, long nanosPerToken, LongSupplier nanoTime, int maxKeys) {
    if (capacity < 1 || nanosPerToken < 1 || maxKeys < 1) {
      throw new IllegalArgumentException("a bucket needs a capacity, a rate and room for keys");
    }
    this.capacity = capacity;
    this.nanosPerToken = nanosPerToken;
    this.tolerance = Math.multiplyExact(capacity - 1L, nanosPerToken);
    this.nanoTime = nanoTime;
    this.maxKeys = maxKeys;
    this.sweepEvery = Math.max(NANOS_PER_SECOND, Math.multiplyExact(capacity, nanosPerToken));
    this.nextSweep = new AtomicLong(nanoTime.getAsLong() + sweepEvery);
  }

  /** Spends a token of {@code key} if it has one; otherwise says how long until it will. */
  Decision take(K key) {
    long now = nanoTime.getAsLong();
    Decision[] decision = new Decision[1];
    // compute() holds the key's entry, so two requests cannot both spend the last token
    buckets.compute(
        key,
        (k, bucket) -> {
          long fullAt = bucket == null ? now : bucket.fullAt(now);
          long wait = fullAt - now - tolerance;
          if (wait > 0) {
            decision[0] = Decision.refused(seconds(wait));
            return bucket;
          }
          long spent = fullAt + nanosPerToken;
          // tokens short of full, a partly earned one counting as missing
          long owed = (spent - now + nanosPerToken - 1) / nanosPerToken;
          decision[0] = Decision.allowed(capacity - owed);
          return new Bucket(spent);
        });
    sweepIfDue(now);
    return decision[0];
  }

  /**
   * How many whole seconds until {@code key} has a token again; 0 if it has one now. Spends nothing
   * and remembers nothing, so asking about a key never seen costs no memory.
   */
  long secondsUntilAvailable(K key) {
    Bucket bucket = buckets.get(key);
    if (bucket == null) {
      return 0;
    }
    long now = nanoTime.getAsLong();
    long wait = bucket.fullAt(now) - now - tolerance;
    return wait > 0 ? seconds(wait) : 0;
  }

  int size() {
    return buckets.size();
  }

  /** Retry-After is whole seconds, so a partial second rounds up. */
  private static long seconds(long nanos) {
    return (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND;
  }

  private void sweepIfDue(long now) {
    long due = nextSweep.get();
    boolean crowded = buckets.size() > maxKeys;
    if ((now - due < 0 && !crowded) || !nextSweep.compareAndSet(due, now + sweepEvery)) {
      return;
    }
    // removes an entry only while it holds the bucket judged full, so a concurrent take survives
    buckets.values().removeIf(bucket -> bucket.fullAt(now) == now);
    int left = buckets.size();
    if (left > maxKeys) {
      log.warn("Forgetting {} busy rate-limit buckets: more keys than the {} kept", left, maxKeys);
      buckets.clear();
    }
  }

  /** What a request gets: allowed with what is left, or refused with the seconds to wait. */
  record Decision(boolean allowed, long remaining, long retryAfterSeconds) {
    static Decision allowed(long remaining) {
      return new Decision(true, remaining, 0);
    }

    static Decision refused(long retryAfterSeconds) {
      return new Decision(false, 0, retryAfterSeconds);
    }
  }

  /** Immutable, so that removing a full bucket cannot undo a take that replaced it meanwhile. */
  private record Bucket(long fullAgainAt) {
    /** Never in the past: a bucket full since then is full now. */
    long fullAt(long now) {
      return fullAgainAt - now < 0 ? now : fullAgainAt;
    }
  }
}
