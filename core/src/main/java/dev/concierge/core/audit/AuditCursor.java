package dev.concierge.core.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of the log, newest first, ended: its last entry's time and id. The next page is the
 * entries after it in that order, found through the log's index however deep it is, where skipping
 * rows would read every one skipped.
 */
public record AuditCursor(Instant createdAt, UUID auditId) {
  public AuditCursor {
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(auditId, "auditId");
  }

  public static AuditCursor after(AuditEntry entry) {
    return new AuditCursor(entry.createdAt(), entry.auditId());
  }

  /** As a link carries it: {@code 2026-12-05T18:00:00.123456Z_<audit id>}. */
  public String token() {
    return createdAt + "_" + auditId;
  }

  /** A token as {@link #token()} writes it; anything else is no cursor (the newest page). */
  public static Optional<AuditCursor> parse(String token) {
    if (token == null) {
      return Optional.empty();
    }
    int split = token.indexOf('_');
    if (split < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new AuditCursor(
              Instant.parse(token.substring(0, split)),
              UUID.fromString(token.substring(split + 1))));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
