package dev.concierge.core.relationships;

import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.PersonStore;
import java.util.Locale;
import java.util.UUID;

/**
 * Use cases of family and other relationships between persons ("Mom's birthday" needs to know who
 * Mom is). Both persons belong to the caller's organization. A relation is kept in lower case, so
 * "Mother" and "mother" are one relation and recording it twice is a conflict. Removing a
 * relationship deletes it for good (the audit log keeps that it existed); deleting a person keeps
 * theirs, out of sight with the person.
 */
public final class Relationships {
  private final RelationshipStore relationships;
  private final PersonStore persons;
  private final AuditTrail audit;

  /**
   * @param audit records every change, in its transaction
   */
  public Relationships(RelationshipStore relationships, PersonStore persons, AuditTrail audit) {
    this.relationships = relationships;
    this.persons = persons;
    this.audit = audit;
  }

  /** The person's relationships and those of others to the person (see the store's order). */
  public Page<Relationship> list(Caller caller, UUID personId, PageRequest page) {
    requirePerson(caller, personId);
    return relationships.list(caller.orgId(), personId, page);
  }

  public Relationship add(Caller caller, UUID personId, NewRelationship input) {
    caller.requireWriter();
    requirePerson(caller, personId);
    UUID related = input.relatedPersonId();
    FieldErrors errors =
        new FieldErrors()
            .required("related_person_id", related)
            .required("relation", input.relation())
            .length("relation", input.relation(), 1, 50);
    if (related != null && related.equals(personId)) {
      errors.add("related_person_id", "must be another person than the person it relates to");
    } else if (related != null && persons.find(caller.orgId(), related).isEmpty()) {
      // the words of a reference to a missing row, so another organization's person looks the same
      errors.add("related_person_id", "does not exist");
    }
    errors.throwIfAny();
    Relationship relationship =
        Relationship.of(
            caller.orgId(), personId, related, input.relation().strip().toLowerCase(Locale.ROOT));
    return audit.created(
        caller,
        EntityType.RELATIONSHIP,
        input,
        Relationship::relationshipId,
        () -> relationships.add(relationship));
  }

  public void delete(Caller caller, UUID personId, UUID relationshipId) {
    caller.requireWriter();
    audit.deleted(
        caller,
        EntityType.RELATIONSHIP,
        relationshipId,
        () -> {
          if (!relationships.delete(caller.orgId(), personId, relationshipId)) {
            throw new NotFoundException("relationship", relationshipId);
          }
        });
  }

  private void requirePerson(Caller caller, UUID personId) {
    if (persons.find(caller.orgId(), personId).isEmpty()) {
      throw new NotFoundException("person", personId);
    }
  }
}
