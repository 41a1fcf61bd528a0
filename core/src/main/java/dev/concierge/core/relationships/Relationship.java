package dev.concierge.core.relationships;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * How one person of an organization is related to another: the related person is the person's
 * {@code relation} ("mother": the related person is the person's mother). It reads in one direction
 * only; the other person's view of it ("daughter", "son") is a relationship of its own, if anyone
 * records it.
 *
 * @param relation lower case, 1 to 50 characters: mother, father, spouse, son, daughter, assistant…
 */
public record Relationship(
    UUID relationshipId,
    UUID orgId,
    UUID personId,
    UUID relatedPersonId,
    String relation,
    Instant createdAt,
    Instant updatedAt) {

  public Relationship {
    Objects.requireNonNull(relationshipId, "relationshipId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(relatedPersonId, "relatedPersonId");
    Objects.requireNonNull(relation, "relation");
  }

  /** A new relationship of the person, not stored yet. */
  public static Relationship of(UUID orgId, UUID personId, UUID relatedPersonId, String relation) {
    return new Relationship(
        UUID.randomUUID(), orgId, personId, relatedPersonId, relation, null, null);
  }

  /** This relationship as a store keeps it, created and changed at the times given. */
  public Relationship stored(Instant createdAt, Instant updatedAt) {
    return new Relationship(
        relationshipId, orgId, personId, relatedPersonId, relation, createdAt, updatedAt);
  }
}
