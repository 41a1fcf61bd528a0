package dev.concierge.http;

import dev.concierge.core.preferences.Preference;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** A preference and its provenance as the API shows it. */
record PreferenceJson(
    UUID preferenceId,
    UUID orgId,
    UUID personId,
    String category,
    String statement,
    String source,
    UUID sourceMessageId,
    OffsetDateTime capturedAt,
    boolean confirmed,
    CreatedBy createdBy,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  /** Who recorded it, named as the audit log names actors. */
  record CreatedBy(String actorType, String actorId, String actorName) {}

  static PreferenceJson of(Preference p, ZoneId zone) {
    return new PreferenceJson(
        p.preferenceId(),
        p.orgId(),
        p.personId(),
        p.category().wireName(),
        p.statement(),
        p.source().wireName(),
        p.sourceMessageId(),
        Instants.at(p.capturedAt(), zone),
        p.confirmed(),
        new CreatedBy(p.createdByType().wireName(), p.createdById(), p.createdByName()),
        Instants.at(p.createdAt(), zone),
        Instants.at(p.updatedAt(), zone));
  }
}
