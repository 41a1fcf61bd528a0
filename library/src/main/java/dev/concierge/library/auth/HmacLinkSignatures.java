package dev.concierge.library.auth;

import dev.concierge.core.reminders.delivery.ReminderLinks;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signatures of reminder links: HMAC-SHA256 under a key derived from the installation's token
 * secret (HMAC of a label), so the access tokens' own key signs nothing else. Thread-safe.
 */
public final class HmacLinkSignatures implements ReminderLinks.Signatures {
  private static final String ALGORITHM = "HmacSHA256";
  private static final byte[] LABEL =
      "concierge reminder links v1".getBytes(StandardCharsets.UTF_8);

  private final SecretKeySpec key;

  public HmacLinkSignatures(byte[] secret) {
    Objects.requireNonNull(secret, "secret");
    this.key = new SecretKeySpec(hmac(new SecretKeySpec(secret, ALGORITHM), LABEL), ALGORITHM);
  }

  @Override
  public byte[] sign(byte[] payload) {
    return hmac(key, payload);
  }

  private static byte[] hmac(SecretKeySpec key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
