package dev.concierge.http;

import dev.concierge.core.errors.ConfigurationException;
import dev.concierge.core.settings.Environment;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;

/**
 * The bearer token {@code GET /metrics} asks for when one is set (METRICS_TOKEN). Only its SHA-256
 * digest is kept, and a presented token is compared digest to digest in constant time, so neither
 * the token's content nor its length shows in how long a refusal takes. The printed form says
 * nothing of it.
 */
public final class MetricsToken {
  /** /metrics is not rate limited, so a token must be too long to guess by trying. */
  public static final int MIN_LENGTH = 16;

  private final byte[] digest;

  private MetricsToken(byte[] digest) {
    this.digest = digest;
  }

  /** METRICS_TOKEN; empty when unset, which leaves /metrics public. */
  public static Optional<MetricsToken> from(Environment env) {
    Optional<String> token = env.text("METRICS_TOKEN");
    if (token.isPresent() && token.get().length() < MIN_LENGTH) {
      // the length only: a secret is never printed, not even a wrong one
      throw new ConfigurationException(
          "METRICS_TOKEN must be at least "
              + MIN_LENGTH
              + " characters, got "
              + token.get().length()
              + "; generate one with 'openssl rand -hex 24', or unset it to leave /metrics public");
    }
    return token.map(MetricsToken::of);
  }

  public static MetricsToken of(String token) {
    Objects.requireNonNull(token, "token");
    if (token.length() < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "a metrics token must be at least " + MIN_LENGTH + " characters");
    }
    return new MetricsToken(sha256(token));
  }

  /** Whether {@code presented} (null when none was) is this token. */
  boolean admits(String presented) {
    return presented != null && MessageDigest.isEqual(digest, sha256(presented));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "MetricsToken[set]";
  }
}
