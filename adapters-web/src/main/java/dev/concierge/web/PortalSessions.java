package dev.concierge.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal's sessions, kept in this process's memory: the cookie holds only a random id (256
 * bits), so signing out ends a session at once and nothing about the account travels with the
 * browser. Each session carries its CSRF token. A visitor gets a session before signing in (the
 * sign-in form needs a token too); signing in replaces it with a new id, so an id planted before
 * sign-in is worth nothing after. A session ends after {@link #IDLE} without a request.
 */
final class PortalSessions {
  static final Duration IDLE = Duration.ofHours(12);

  /** Beyond this many, the least recently seen go first: a flood of visitors cannot fill memory. */
  static final int MAX_SESSIONS = 10_000;

  private final SecureRandom random = new SecureRandom();
  private final Map<String, PortalSession> sessions = new ConcurrentHashMap<>();
  private final Clock clock;

  PortalSessions(Clock clock) {
    this.clock = clock;
  }

  /** The live session with this id, seen now. */
  Optional<PortalSession> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    PortalSession session = sessions.get(id);
    if (session == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (session.lastSeen().plus(IDLE).isBefore(now)) {
      sessions.remove(id);
      return Optional.empty();
    }
    session.seen(now);
    return Optional.of(session);
  }

  /** A new session for a visitor who has not signed in. */
  PortalSession anonymous() {
    return add(null, null);
  }

  /** A new session for the account, ending {@code previous} (the visitor's anonymous one). */
  PortalSession signedIn(PortalSession previous, UUID orgId, UUID accountId) {
    if (previous != null) {
      sessions.remove(previous.id());
    }
    return add(orgId, accountId);
  }

  void end(PortalSession session) {
    sessions.remove(session.id());
  }

  private PortalSession add(UUID orgId, UUID accountId) {
    makeRoom();
    PortalSession session = new PortalSession(token(), token(), orgId, accountId, clock.instant());
    sessions.put(session.id(), session);
    return session;
  }

  private void makeRoom() {
    if (sessions.size() < MAX_SESSIONS) {
      return;
    }
    Instant stale = clock.instant().minus(IDLE);
    sessions.values().removeIf(s -> s.lastSeen().isBefore(stale));
    while (sessions.size() >= MAX_SESSIONS) {
      sessions.values().stream()
          .min(Comparator.comparing(PortalSession::lastSeen))
          .ifPresent(oldest -> sessions.remove(oldest.id()));
    }
  }

  private String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Compares in constant time, so a guess learns nothing from how long the refusal took. */
  static boolean sameToken(String expected, String presented) {
    return presented != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }
}
