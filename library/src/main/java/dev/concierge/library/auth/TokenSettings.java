package dev.concierge.library.auth;

import dev.concierge.core.errors.ConfigurationException;
import dev.concierge.core.settings.Environment;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * How access tokens are signed and how long they last. Without a configured secret the service
 * generates one and keeps it in its data directory, so tokens survive a restart; several instances
 * behind one load balancer need the same secret set explicitly. The printed form hides the secret.
 *
 * @param secret JWT_SECRET: at least {@value JwtAccessTokens#MIN_SECRET_BYTES} bytes as UTF-8, or
 *     null for the generated one
 * @param lifetime ACCESS_TOKEN_TTL: how long a token is good for after signing in
 */
public record TokenSettings(String secret, Duration lifetime) {
  public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(15);
  public static final Duration MIN_LIFETIME = Duration.ofMinutes(1);

  /** A working day: longer-lived tokens would make deactivation the only way to end a session. */
  public static final Duration MAX_LIFETIME = Duration.ofHours(12);

  public static final TokenSettings DEFAULT = new TokenSettings(null, DEFAULT_LIFETIME);

  /** JWT_SECRET and ACCESS_TOKEN_TTL. */
  public static TokenSettings from(Environment env) {
    String secret = env.text("JWT_SECRET").orElse(null);
    if (secret != null && bytes(secret) < JwtAccessTokens.MIN_SECRET_BYTES) {
      // the length only: a secret is never printed, not even a wrong one
      throw new ConfigurationException(
          "JWT_SECRET must be at least "
              + JwtAccessTokens.MIN_SECRET_BYTES
              + " bytes, got "
              + bytes(secret)
              + "; generate one with 'openssl rand -base64 48', or unset it to have one generated"
              + " in the data directory");
    }
    return new TokenSettings(
        secret, env.duration("ACCESS_TOKEN_TTL", MIN_LIFETIME, MAX_LIFETIME, DEFAULT_LIFETIME));
  }

  public TokenSettings {
    secret = secret == null || secret.isBlank() ? null : secret;
    Objects.requireNonNull(lifetime, "lifetime");
    if (secret != null && bytes(secret) < JwtAccessTokens.MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "the token secret must be at least " + JwtAccessTokens.MIN_SECRET_BYTES + " bytes");
    }
    if (lifetime.compareTo(MIN_LIFETIME) < 0 || lifetime.compareTo(MAX_LIFETIME) > 0) {
      throw new IllegalArgumentException("the token lifetime must be 1 minute to 12 hours");
    }
  }

  /** How many bytes a secret is as a key. */
  public static int bytes(String secret) {
    return secret.getBytes(StandardCharsets.UTF_8).length;
  }

  @Override
  public String toString() {
    return "TokenSettings[secret="
        + (secret == null ? "generated in the data directory" : "set")
        + ", lifetime="
        + lifetime
        + "]";
  }
}
