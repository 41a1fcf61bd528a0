package dev.concierge.core.reminders.delivery;

import java.net.URI;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The link an email reminder carries to its confirmation page ({@code /r/{token}}): the token names
 * the organization, the reminder and its cycle, signed (128 bits of an HMAC-SHA256), so it cannot
 * be guessed or altered, and nothing needs storing before the delivery is recorded. The signature
 * is a port, as the access tokens' is (core holds no cryptography): the library's signs with a key
 * derived from the installation's token secret, the same on every instance and after a restart.
 * Thread-safe.
 */
public final class ReminderLinks {
  /** Where the confirmation pages are, under the public URL. */
  public static final String PATH = "/r/";

  private static final int SIGNATURE_BYTES = 16;
  private static final int PAYLOAD_BYTES = 16 + 16 + 8;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final String base;
  private final Signatures signatures;

  /** Signs a link's payload (HMAC-SHA256 under the installation's key): at least 16 bytes. */
  @FunctionalInterface
  public interface Signatures {
    byte[] sign(byte[] payload);
  }

  /**
   * @param publicUrl where people reach this installation (CONCIERGE_PUBLIC_URL)
   */
  public ReminderLinks(URI publicUrl, Signatures signatures) {
    String url = Objects.requireNonNull(publicUrl, "publicUrl").toString();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    this.signatures = Objects.requireNonNull(signatures, "signatures");
  }

  /** The cycle of a reminder that a link names. */
  public record LinkedCycle(UUID orgId, UUID reminderRuleId, Instant cycle) {}

  /** The link of one cycle of a reminder. */
  public URI linkTo(UUID orgId, UUID reminderRuleId, Instant cycle) {
    return URI.create(base + PATH + token(orgId, reminderRuleId, cycle));
  }

  String token(UUID orgId, UUID reminderRuleId, Instant cycle) {
    byte[] payload =
        ByteBuffer.allocate(PAYLOAD_BYTES)
            .putLong(orgId.getMostSignificantBits())
            .putLong(orgId.getLeastSignificantBits())
            .putLong(reminderRuleId.getMostSignificantBits())
            .putLong(reminderRuleId.getLeastSignificantBits())
            .putLong(ChronoUnit.MICROS.between(Instant.EPOCH, cycle))
            .array();
    byte[] signed = Arrays.copyOf(payload, PAYLOAD_BYTES + SIGNATURE_BYTES);
    System.arraycopy(signature(payload), 0, signed, PAYLOAD_BYTES, SIGNATURE_BYTES);
    return ENCODER.encodeToString(signed);
  }

  /** The cycle a token names; empty when it is malformed or its signature is not ours. */
  public Optional<LinkedCycle> read(String token) {
    byte[] signed;
    try {
      signed = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (signed.length != PAYLOAD_BYTES + SIGNATURE_BYTES) {
      return Optional.empty();
    }
    byte[] payload = Arrays.copyOf(signed, PAYLOAD_BYTES);
    byte[] given = Arrays.copyOfRange(signed, PAYLOAD_BYTES, signed.length);
    if (!MessageDigest.isEqual(given, signature(payload))) {
      return Optional.empty();
    }
    ByteBuffer read = ByteBuffer.wrap(payload);
    UUID org = new UUID(read.getLong(), read.getLong());
    UUID rule = new UUID(read.getLong(), read.getLong());
    return Optional.of(
        new LinkedCycle(org, rule, Instant.EPOCH.plus(read.getLong(), ChronoUnit.MICROS)));
  }

  private byte[] signature(byte[] payload) {
    return Arrays.copyOf(signatures.sign(payload), SIGNATURE_BYTES);
  }
}
