package dev.concierge.core.relationships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.testing.InMemoryAuditStore;
import dev.concierge.core.testing.InMemoryPersonStore;
import dev.concierge.core.testing.InMemoryRelationshipStore;
import dev.concierge.core.testing.TestClients;
import dev.concierge.core.testing.TickingClock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The rules of relationships between persons, over stores in memory. */
class RelationshipsTest {
  private static final UUID ORG = UUID.randomUUID();
  private static final PageRequest ALL = PageRequest.of(null, null);

  private final InMemoryPersonStore persons = new InMemoryPersonStore(TickingClock.fromNow());
  private final InMemoryAuditStore audited = new InMemoryAuditStore();
  private final Relationships relationships =
      new Relationships(
          new InMemoryRelationshipStore(persons, TickingClock.fromNow()),
          persons,
          new AuditTrail(audited, Supplier::get));
  private final Caller concierge = caller(ORG, ApiRole.CONCIERGE);
  private final UUID sarah = TestClients.in(persons, ORG);
  private final UUID mom = TestClients.in(persons, ORG);

  @Test
  void a_relation_is_kept_stripped_and_in_lower_case_and_the_creation_is_audited() {
    Relationship added = relationships.add(concierge, sarah, new NewRelationship(mom, "  Mother "));

    assertThat(added.relation()).isEqualTo("mother");
    assertThat(added.personId()).isEqualTo(sarah);
    assertThat(added.relatedPersonId()).isEqualTo(mom);
    assertThat(relationships.list(concierge, sarah, ALL).items()).containsExactly(added);
    assertThat(audited.entries())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
              assertThat(entry.entityType()).isEqualTo(EntityType.RELATIONSHIP);
              assertThat(entry.entityId()).isEqualTo(added.relationshipId());
              assertThat(entry.fields()).containsExactly("related_person_id", "relation");
            });
  }

  @Test
  void mother_and_Mother_are_one_relation_so_the_second_is_a_conflict() {
    relationships.add(concierge, sarah, new NewRelationship(mom, "mother"));

    assertThatThrownBy(
            () -> relationships.add(concierge, sarah, new NewRelationship(mom, "Mother")))
        .isInstanceOf(ConflictException.class);
    assertThat(audited.entries()).hasSize(1);
  }

  @Test
  void the_related_person_must_be_another_live_person_of_the_organization() {
    UUID theirs = TestClients.in(persons, UUID.randomUUID());
    UUID gone = TestClients.in(persons, ORG);
    persons.delete(ORG, gone);

    assertThat(refused(new NewRelationship(sarah, "self"))).containsExactly("related_person_id");
    assertThat(refused(new NewRelationship(theirs, "mother"))).containsExactly("related_person_id");
    assertThat(refused(new NewRelationship(gone, "mother"))).containsExactly("related_person_id");
    assertThat(refused(new NewRelationship(null, null)))
        .containsExactly("related_person_id", "relation");
    assertThat(refused(new NewRelationship(mom, " "))).containsExactly("relation");
    assertThat(refused(new NewRelationship(mom, "x".repeat(51)))).containsExactly("relation");
    assertThat(audited.entries()).isEmpty();
  }

  @Test
  void an_unknown_or_another_organizations_person_is_not_found() {
    UUID theirs = TestClients.in(persons, UUID.randomUUID());

    assertThatThrownBy(() -> relationships.list(concierge, theirs, ALL))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> relationships.add(concierge, theirs, new NewRelationship(mom, "mother")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void analysts_read_relationships_but_do_not_write_them() {
    Relationship hers = relationships.add(concierge, sarah, new NewRelationship(mom, "mother"));
    Caller analyst = caller(ORG, ApiRole.ANALYST);

    assertThat(relationships.list(analyst, mom, ALL).items()).containsExactly(hers);
    assertThatThrownBy(
            () -> relationships.add(analyst, mom, new NewRelationship(sarah, "daughter")))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> relationships.delete(analyst, sarah, hers.relationshipId()))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void a_relationship_is_deleted_through_its_own_person_and_the_deletion_is_audited() {
    Relationship hers = relationships.add(concierge, sarah, new NewRelationship(mom, "mother"));

    assertThatThrownBy(() -> relationships.delete(concierge, mom, hers.relationshipId()))
        .isInstanceOf(NotFoundException.class);
    relationships.delete(concierge, sarah, hers.relationshipId());

    assertThat(relationships.list(concierge, sarah, ALL).items()).isEmpty();
    assertThatThrownBy(() -> relationships.delete(concierge, sarah, hers.relationshipId()))
        .isInstanceOf(NotFoundException.class);
    assertThat(audited.entries())
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.CREATE, AuditAction.DELETE);
  }

  private List<String> refused(NewRelationship input) {
    return catchThrowableOfType(
            ValidationException.class, () -> relationships.add(concierge, sarah, input))
        .errors()
        .stream()
        .map(FieldError::field)
        .toList();
  }

  private static Caller caller(UUID orgId, ApiRole role) {
    return Caller.apiKey(UUID.randomUUID(), orgId, "staff", role);
  }
}
