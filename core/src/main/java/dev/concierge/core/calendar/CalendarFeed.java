package dev.concierge.core.calendar;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A calendar a calendar app subscribes to: one person's dates ({@code personId}), or every client's
 * in the organization ({@code personId} null). Only the SHA-256 of its secret is kept; the secret,
 * in the feed's URL, is shown once.
 */
public record CalendarFeed(
    UUID calendarFeedId,
    UUID orgId,
    UUID personId,
    String tokenHash,
    String createdBy,
    Instant createdAt,
    Instant revokedAt) {

  public CalendarFeed {
    Objects.requireNonNull(calendarFeedId, "calendarFeedId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(tokenHash, "tokenHash");
  }

  /** A new feed, not stored yet. */
  static CalendarFeed of(UUID orgId, UUID personId, String tokenHash, String createdBy) {
    return new CalendarFeed(UUID.randomUUID(), orgId, personId, tokenHash, createdBy, null, null);
  }

  /** Of the whole organization rather than of one person. */
  public boolean wholeOrganization() {
    return personId == null;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }
}
