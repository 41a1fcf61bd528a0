package dev.concierge.web;

import java.time.Instant;
import java.util.UUID;

/**
 * One browser's session: its id (the cookie's value), its CSRF token, and the account signed in
 * with it (none yet for a visitor on the sign-in page).
 */
final class PortalSession {
  private final String id;
  private final String csrfToken;
  private final UUID orgId;
  private final UUID accountId;
  private volatile Instant lastSeen;

  PortalSession(String id, String csrfToken, UUID orgId, UUID accountId, Instant lastSeen) {
    this.id = id;
    this.csrfToken = csrfToken;
    this.orgId = orgId;
    this.accountId = accountId;
    this.lastSeen = lastSeen;
  }

  String id() {
    return id;
  }

  String csrfToken() {
    return csrfToken;
  }

  UUID orgId() {
    return orgId;
  }

  UUID accountId() {
    return accountId;
  }

  boolean signedIn() {
    return accountId != null;
  }

  Instant lastSeen() {
    return lastSeen;
  }

  void seen(Instant now) {
    lastSeen = now;
  }
}
