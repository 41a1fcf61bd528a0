package dev.concierge.core.relationships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.testing.StoreContract;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RelationshipStore} does, PostgreSQL's and the in-memory one alike: the fakes
 * the use-case tests run on cannot drift from the real store while both pass this.
 */
public abstract class RelationshipStoreContract extends StoreContract<RelationshipStore> {
  private static final PageRequest ALL = new PageRequest(0, 50);

  /** Soft-deletes the person, as the person store does. */
  protected abstract void deletePerson(UUID orgId, UUID personId);

  @Test
  void an_added_relationship_is_listed_with_its_persons_relation_and_times() {
    UUID mother = newPerson(org);

    Relationship added = store.add(Relationship.of(org, client, mother, "mother"));

    assertThat(added.createdAt()).isNotNull();
    assertThat(added.updatedAt()).isNotNull();
    assertThat(store.list(org, client, ALL).items()).containsExactly(added);
    assertThat(added.personId()).isEqualTo(client);
    assertThat(added.relatedPersonId()).isEqualTo(mother);
    assertThat(added.relation()).isEqualTo("mother");
  }

  @Test
  void a_person_sees_their_own_relationships_first_then_those_of_others_to_them() {
    UUID mother = newPerson(org);
    UUID spouse = newPerson(org);
    UUID assistant = newPerson(org);
    Relationship son = store.add(Relationship.of(org, mother, client, "son"));
    Relationship hers = store.add(Relationship.of(org, client, mother, "mother"));
    Relationship wife = store.add(Relationship.of(org, client, spouse, "spouse"));
    Relationship employer = store.add(Relationship.of(org, assistant, client, "employer"));
    Relationship alsoWife = store.add(Relationship.of(org, client, spouse, "best friend"));
    store.add(Relationship.of(org, mother, spouse, "daughter-in-law"));

    Page<Relationship> all = store.list(org, client, ALL);
    Page<Relationship> second = store.list(org, client, new PageRequest(2, 2));

    assertThat(all.items()).containsExactly(alsoWife, hers, wife, employer, son);
    assertThat(all.total()).isEqualTo(5);
    assertThat(second.items()).containsExactly(wife, employer);
    assertThat(second.total()).isEqualTo(5);
  }

  @Test
  void two_persons_are_related_either_way_round_while_both_live() {
    UUID mother = newPerson(org);
    UUID stranger = newPerson(org);
    store.add(Relationship.of(org, client, mother, "mother"));

    assertThat(store.related(org, client, mother)).isTrue();
    assertThat(store.related(org, mother, client)).isTrue();
    assertThat(store.related(org, client, stranger)).isFalse();
    assertThat(store.related(newOrganization(), client, mother)).isFalse();

    deletePerson(org, mother);

    assertThat(store.related(org, client, mother)).isFalse();
  }

  @Test
  void the_same_relation_between_the_same_two_persons_is_recorded_once() {
    UUID mother = newPerson(org);
    store.add(Relationship.of(org, client, mother, "mother"));

    assertThatThrownBy(() -> store.add(Relationship.of(org, client, mother, "mother")))
        .isInstanceOf(ConflictException.class);
    assertThat(store.add(Relationship.of(org, mother, client, "mother"))).isNotNull();
    assertThat(store.add(Relationship.of(org, client, mother, "guardian"))).isNotNull();
    assertThat(store.list(org, client, ALL).total()).isEqualTo(3);
  }

  @Test
  void a_deleted_persons_relationships_are_kept_out_of_sight() {
    UUID mother = newPerson(org);
    UUID father = newPerson(org);
    Relationship hers = store.add(Relationship.of(org, client, mother, "mother"));
    Relationship his = store.add(Relationship.of(org, client, father, "father"));

    deletePerson(org, mother);

    assertThat(store.list(org, client, ALL).items()).containsExactly(his);
    assertThat(store.list(org, mother, ALL).items()).isEmpty();
    assertThat(store.delete(org, client, hers.relationshipId())).isFalse();
  }

  @Test
  void a_relationship_is_deleted_through_its_own_person_only() {
    UUID mother = newPerson(org);
    Relationship hers = store.add(Relationship.of(org, client, mother, "mother"));

    assertThat(store.delete(org, mother, hers.relationshipId())).isFalse();
    assertThat(store.delete(newOrganization(), client, hers.relationshipId())).isFalse();
    assertThat(store.list(org, client, ALL).items()).containsExactly(hers);

    assertThat(store.delete(org, client, hers.relationshipId())).isTrue();

    assertThat(store.delete(org, client, hers.relationshipId())).isFalse();
    assertThat(store.list(org, client, ALL).items()).isEmpty();
  }

  @Test
  void another_organizations_relationships_are_not_listed() {
    UUID elsewhere = newOrganization();
    UUID theirs = newPerson(elsewhere);
    store.add(Relationship.of(elsewhere, theirs, newPerson(elsewhere), "father"));

    assertThat(store.list(org, theirs, ALL).items()).isEmpty();
    assertThat(store.list(elsewhere, theirs, ALL).total()).isEqualTo(1);
  }
}
