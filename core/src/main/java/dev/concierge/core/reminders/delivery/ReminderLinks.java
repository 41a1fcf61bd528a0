package dev.concierge.core.reminders.delivery;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The link an email reminder carries to its confirmation page ({@code /r/{token}}): the token names
 * the organization, the reminder and its cycle, signed with HMAC-SHA256 (128 bits of it), so it
 * cannot be guessed or altered, and nothing needs storing before the delivery is recorded. The key
 * is derived from the installation's token secret, so it is the same on every instance and after a
 * restart. Thread-safe.
 */
public final class ReminderLinks {
  /** Where the confirmation pages are, under the public URL. */
  public static final String PATH = "/r/";

  private static final int SIGNATURE_BYTES = 16;
  private static final int PAYLOAD_BYTES = 16 + 16 + 8;
  private static final byte[] LABEL =
      "concierge reminder links v1".getBytes(StandardCharsets.UTF_8);
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final String base;
  private final SecretKeySpec key;

  /**
   * @param publicUrl where people reach this installation (CONCIERGE_PUBLIC_URL)
   * @param secret the installation's secret; the links' own key is derived from it
   */
  public ReminderLinks(URI publicUrl, byte[] secret) {
    String url = Objects.requireNonNull(publicUrl, "publicUrl").toString();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    this.key =
        new SecretKeySpec(hmac(new SecretKeySpec(secret, "HmacSHA256"), LABEL), "HmacSHA256");
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
    return Arrays.copyOf(hmac(key, payload), SIGNATURE_BYTES);
  }

  private static byte[] hmac(SecretKeySpec key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
