package dev.concierge.http;

import dev.concierge.core.relationships.Relationship;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** A relationship between two persons as the API shows it. */
record RelationshipJson(
    UUID relationshipId,
    UUID orgId,
    UUID personId,
    UUID relatedPersonId,
    String relation,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  static RelationshipJson of(Relationship r, ZoneId zone) {
    return new RelationshipJson(
        r.relationshipId(),
        r.orgId(),
        r.personId(),
        r.relatedPersonId(),
        r.relation(),
        Instants.at(r.createdAt(), zone),
        Instants.at(r.updatedAt(), zone));
  }
}
