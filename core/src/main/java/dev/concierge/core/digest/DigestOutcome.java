package dev.concierge.core.digest;

import java.util.Locale;
import java.util.Objects;

/**
 * How a claimed digest ended.
 *
 * @param provider who accepted it; null unless sent
 * @param providerMessageId the provider's id of the message; may be null
 * @param error why it was not sent; null unless failed
 */
public record DigestOutcome(
    Status status, String provider, String providerMessageId, String error) {

  /** The final states of a period; a period in none of them is still claimed. */
  public enum Status {
    SENT,
    EMPTY,
    FAILED;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public DigestOutcome {
    Objects.requireNonNull(status, "status");
  }

  static DigestOutcome sent(String provider, String providerMessageId) {
    return new DigestOutcome(Status.SENT, provider, providerMessageId, null);
  }

  static DigestOutcome empty() {
    return new DigestOutcome(Status.EMPTY, null, null, null);
  }

  static DigestOutcome failed(String error) {
    return new DigestOutcome(Status.FAILED, null, null, error);
  }
}
