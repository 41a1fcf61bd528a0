package dev.concierge.core.relationships;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.UUID;

/**
 * Where the relationships between the persons of each organization are kept. Each method works
 * within one organization; a relationship one of whose persons is deleted is invisible to all of
 * them (and kept, with the person's history). Implementations are thread-safe.
 */
public interface RelationshipStore {
  /**
   * One page of the relationships the person is in, either way round: first those that are the
   * person's own ({@code personId} is the person), then those of others to them ({@code
   * relatedPersonId} is the person); each part by relation, then oldest first.
   */
  Page<Relationship> list(UUID orgId, UUID personId, PageRequest page);

  /** Whether a relationship joins the two persons, either way round. */
  boolean related(UUID orgId, UUID personId, UUID otherPersonId);

  /**
   * Adds the relationship and returns it as stored (with its times).
   *
   * @throws dev.concierge.core.errors.ConflictException when the person has that relation with the
   *     related person already
   */
  Relationship add(Relationship relationship);

  /** Removes the person's relationship; false when the person has no such relationship. */
  boolean delete(UUID orgId, UUID personId, UUID relationshipId);
}
