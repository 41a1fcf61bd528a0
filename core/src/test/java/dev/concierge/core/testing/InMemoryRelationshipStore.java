package dev.concierge.core.testing;

import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.relationships.Relationship;
import dev.concierge.core.relationships.RelationshipStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link RelationshipStore} in a map, for fast tests of the rules; held to PostgreSQL's by the
 * contract. Which persons are live it asks the person store, as PostgreSQL joins them.
 */
public final class InMemoryRelationshipStore implements RelationshipStore {
  private final Map<UUID, Relationship> relationships = new LinkedHashMap<>();
  private final PersonStore persons;
  private final Clock clock;

  public InMemoryRelationshipStore(PersonStore persons, Clock clock) {
    this.persons = persons;
    this.clock = clock;
  }

  @Override
  public synchronized Page<Relationship> list(UUID orgId, UUID personId, PageRequest page) {
    List<Relationship> ordered =
        relationships.values().stream()
            .filter(r -> r.orgId().equals(orgId))
            .filter(r -> r.personId().equals(personId) || r.relatedPersonId().equals(personId))
            .filter(r -> live(orgId, r.personId()) && live(orgId, r.relatedPersonId()))
            .sorted(
                Comparator.comparing((Relationship r) -> !r.personId().equals(personId))
                    .thenComparing(Relationship::relation)
                    .thenComparing(Relationship::createdAt)
                    .thenComparing(Relationship::relationshipId, UuidOrder.ASCENDING))
            .toList();
    return Pages.of(ordered, page);
  }

  @Override
  public synchronized boolean related(UUID orgId, UUID personId, UUID otherPersonId) {
    return list(orgId, personId, new PageRequest(0, PageRequest.MAX_LIMIT)).items().stream()
        .anyMatch(
            r -> r.personId().equals(otherPersonId) || r.relatedPersonId().equals(otherPersonId));
  }

  @Override
  public synchronized Relationship add(Relationship relationship) {
    boolean taken =
        relationships.values().stream()
            .anyMatch(
                r ->
                    r.personId().equals(relationship.personId())
                        && r.relatedPersonId().equals(relationship.relatedPersonId())
                        && r.relation().equals(relationship.relation()));
    if (taken) {
      throw new ConflictException("That relationship is recorded already.");
    }
    Instant now = clock.instant();
    Relationship stored = relationship.stored(now, now);
    relationships.put(stored.relationshipId(), stored);
    return stored;
  }

  @Override
  public synchronized boolean delete(UUID orgId, UUID personId, UUID relationshipId) {
    Relationship found = relationships.get(relationshipId);
    if (found == null
        || !found.orgId().equals(orgId)
        || !found.personId().equals(personId)
        || !live(orgId, found.personId())
        || !live(orgId, found.relatedPersonId())) {
      return false;
    }
    relationships.remove(relationshipId);
    return true;
  }

  private boolean live(UUID orgId, UUID personId) {
    return persons.find(orgId, personId).isPresent();
  }
}
