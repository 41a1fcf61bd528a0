package dev.concierge.http;

import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.UnauthenticatedException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One-time credentials for the requests the service writes to itself (an agent's tool calls): each
 * stands for the caller the call acts for, is issued just before its request is written to the
 * in-process connector, and is gone once that request has authenticated (or the call ended without
 * it). {@link Authentication} accepts one only from that connector; sent over the network, the same
 * text is refused like any invalid key, whether or not it is live. Thread-safe.
 */
final class InProcessCredentials {
  /** What tells one from an API key ({@code ck_}) and an access token (three dotted parts). */
  static final String PREFIX = "inproc_";

  private static final int SECRET_BYTES = 32;
  private static final String INVALID = "The credential is missing or invalid.";

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Caller> live = new ConcurrentHashMap<>();

  static boolean isOne(String presented) {
    return presented.startsWith(PREFIX);
  }

  /** A credential for one request made as {@code caller}. */
  String issue(Caller caller) {
    Objects.requireNonNull(caller, "caller");
    byte[] secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    String credential = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    live.put(credential, caller);
    return credential;
  }

  /**
   * The caller the credential stands for; it cannot be used again.
   *
   * @throws UnauthenticatedException when it is not live
   */
  Caller redeem(String credential) {
    Caller caller = live.remove(credential);
    if (caller == null) {
      throw new UnauthenticatedException(INVALID);
    }
    return caller;
  }

  /** Refuses a credential sent where it is never accepted, without spending it. */
  static UnauthenticatedException refusedHere() {
    return new UnauthenticatedException(INVALID);
  }

  void revoke(String credential) {
    live.remove(credential);
  }
}
