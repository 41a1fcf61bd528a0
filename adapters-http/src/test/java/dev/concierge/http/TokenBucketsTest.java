package dev.concierge.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token buckets on a clock the test moves by hand. */
class TokenBucketsTest {
  private static final long SECOND = Duration.ofSeconds(1).toNanos();

  // far from zero and near the wrap-around, as System.nanoTime may be
  private final AtomicLong now = new AtomicLong(Long.MAX_VALUE - 10 * SECOND);

  /** A burst of 5, one token back every half second (2 a second). */
  private TokenBuckets<String> buckets(int maxKeys) {
    return new TokenBuckets<>(5, SECOND / 2, now::get, maxKeys);
  }

  @Test
  void a_key_may_spend_its_burst_at_once_and_is_told_what_is_left() {
    TokenBuckets<String> buckets = buckets(100);

    for (int left = 4; left >= 0; left--) {
      TokenBuckets.Decision decision = buckets.take("k");
      assertThat(decision.allowed()).isTrue();
      assertThat(decision.remaining()).isEqualTo(left);
    }
    TokenBuckets.Decision refused = buckets.take("k");

    assertThat(refused.allowed()).isFalse();
    assertThat(refused.remaining()).isZero();
    assertThat(refused.retryAfterSeconds()).isEqualTo(1);
  }

  @Test
  void tokens_come_back_at_the_configured_rate_and_never_beyond_the_burst() {
    TokenBuckets<String> buckets = buckets(100);
    spend(buckets, "k", 5);

    advance(SECOND / 2 - 1);
    assertThat(buckets.take("k").allowed()).isFalse();
    advance(1);
    assertThat(buckets.take("k").allowed()).isTrue();
    assertThat(buckets.take("k").allowed()).isFalse();

    advance(SECOND); // two more
    assertThat(spend(buckets, "k", 10)).isEqualTo(2);

    advance(3600 * SECOND);
    assertThat(spend(buckets, "k", 10)).isEqualTo(5);
  }

  @Test
  void retry_after_is_the_wait_for_one_token_in_whole_seconds_rounded_up() {
    TokenBuckets<String> slow = new TokenBuckets<>(2, 2500 * SECOND / 1000, now::get, 100);
    spend(slow, "k", 2);

    assertThat(slow.take("k").retryAfterSeconds()).isEqualTo(3);
    advance(SECOND);
    assertThat(slow.take("k").retryAfterSeconds()).isEqualTo(2);
    advance(SECOND + SECOND / 2 - 1);
    assertThat(slow.take("k").retryAfterSeconds()).isEqualTo(1);
    assertThat(slow.secondsUntilAvailable("k")).isEqualTo(1);
    advance(1);
    assertThat(slow.secondsUntilAvailable("k")).isZero();
  }

  @Test
  void a_refused_request_spends_nothing() {
    TokenBuckets<String> buckets = buckets(100);
    spend(buckets, "k", 5);
    for (int i = 0; i < 10; i++) {
      buckets.take("k");
    }

    advance(SECOND / 2);

    assertThat(buckets.take("k").allowed()).isTrue();
  }

  @Test
  void keys_are_independent() {
    TokenBuckets<String> buckets = buckets(100);
    spend(buckets, "busy", 5);

    assertThat(buckets.take("busy").allowed()).isFalse();
    assertThat(spend(buckets, "quiet", 10)).isEqualTo(5);
  }

  @Test
  void asking_how_long_to_wait_spends_and_remembers_nothing() {
    TokenBuckets<String> buckets = buckets(100);

    assertThat(buckets.secondsUntilAvailable("unknown")).isZero();
    assertThat(buckets.size()).isZero();

    spend(buckets, "k", 5);
    assertThat(buckets.secondsUntilAvailable("k")).isEqualTo(1);
    advance(SECOND / 2);
    assertThat(buckets.secondsUntilAvailable("k")).isZero();
    assertThat(buckets.take("k").allowed()).isTrue();
  }

  @Test
  void idle_buckets_are_evicted_once_they_are_full_again() {
    TokenBuckets<String> buckets = buckets(100);
    buckets.take("idle");
    spend(buckets, "busy", 5);

    advance(SECOND / 2); // a sweep is due each time a bucket can fill, 2.5 s, at least 1 s
    buckets.take("busy");
    assertThat(buckets.size()).isEqualTo(2);

    advance(2 * SECOND); // "idle" is full by now; "busy" is not
    buckets.take("another");

    assertThat(buckets.size()).isEqualTo(2);
    assertThat(buckets.take("busy").allowed()).isTrue();
    assertThat(buckets.take("busy").remaining()).isLessThan(4);
  }

  @Test
  void more_keys_than_kept_sweep_the_idle_ones_at_once() {
    TokenBuckets<String> buckets = buckets(3);
    buckets.take("a");
    buckets.take("b");
    buckets.take("c");
    advance(SECOND / 2); // a and b and c are full again, though no sweep is due yet

    buckets.take("d");

    assertThat(buckets.size()).isEqualTo(1);
  }

  @Test
  void a_flood_of_busy_keys_is_forgotten_rather_than_kept() {
    TokenBuckets<String> buckets = buckets(3);

    for (String key : new String[] {"a", "b", "c", "d"}) {
      buckets.take(key);
    }

    assertThat(buckets.size()).isZero();
  }

  private static int spend(TokenBuckets<String> buckets, String key, int tries) {
    int allowed = 0;
    for (int i = 0; i < tries; i++) {
      if (buckets.take(key).allowed()) {
        allowed++;
      }
    }
    return allowed;
  }

  private void advance(long nanos) {
    now.addAndGet(nanos);
  }
}
