package dev.concierge.core.access;

import java.util.Objects;

/** A key just created: the stored record and the secret, which exists nowhere else. */
public record IssuedApiKey(ApiKey key, String secret) {
  public IssuedApiKey {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(secret, "secret");
  }

  @Override
  public String toString() {
    return "IssuedApiKey[" + key.keyPrefix() + "…]";
  }
}
