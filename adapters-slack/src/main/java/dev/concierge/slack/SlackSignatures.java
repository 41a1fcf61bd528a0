package dev.concierge.slack;

import dev.concierge.core.errors.UnauthenticatedException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signatures (version v0): {@code X-Slack-Signature} is {@code v0=} and the hex
 * HMAC-SHA256, under the app's signing secret, of {@code v0:{X-Slack-Request-Timestamp}:{body}}. A
 * request is taken only when its timestamp is within five minutes of now (either way) and the
 * signature matches, compared in constant time. Bolt's own check compares with {@code equals} and
 * reads the system clock, so the front desk turns it off and checks here.
 */
final class SlackSignatures {
  static final String SIGNATURE = "x-slack-signature";
  static final String TIMESTAMP = "x-slack-request-timestamp";
  static final Duration WINDOW = Duration.ofMinutes(5);

  private static final String VERSION = "v0";
  private static final String REFUSED = "The request does not carry a valid Slack signature.";

  private final SecretKeySpec key;

  SlackSignatures(String signingSecret) {
    if (signingSecret == null || signingSecret.isEmpty()) {
      throw new IllegalArgumentException("a Slack signing secret is required");
    }
    this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /**
   * Refuses a request Slack did not sign within the window around {@code now}.
   *
   * @param headers the request's headers, names in lower case
   * @throws UnauthenticatedException when the signature or its timestamp is missing, stale or wrong
   */
  void verify(Map<String, String> headers, byte[] body, Instant now) {
    String timestamp = headers.get(TIMESTAMP);
    String signature = headers.get(SIGNATURE);
    if (timestamp == null || signature == null || !fresh(timestamp, now)) {
      throw new UnauthenticatedException(REFUSED);
    }
    byte[] expected = sign(timestamp, body).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII))) {
      throw new UnauthenticatedException(REFUSED);
    }
  }

  /** The signature Slack sends with {@code body} at {@code timestamp} (epoch seconds). */
  String sign(String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update((VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
      return VERSION + "=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private static boolean fresh(String timestamp, Instant now) {
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return false;
    }
    return Math.abs(now.getEpochSecond() - seconds) <= WINDOW.toSeconds();
  }

  @Override
  public String toString() {
    return "SlackSignatures[v0]";
  }
}
