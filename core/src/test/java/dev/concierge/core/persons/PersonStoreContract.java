package dev.concierge.core.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PersonStore} does, PostgreSQL's and the in-memory one alike: the fakes the
 * use-case tests run on cannot drift from the real store while both pass this.
 */
public abstract class PersonStoreContract {
  private PersonStore store;
  private UUID org;

  /** A store over empty or shared storage; each test works in organizations of its own. */
  protected abstract PersonStore store();

  /** An organization the store may keep persons of (a row, where the store needs one). */
  protected abstract UUID newOrganization();

  @BeforeEach
  void setUp() {
    store = store();
    org = newOrganization();
  }

  @Test
  void a_saved_person_is_found_with_every_field_and_its_times() {
    Person saved =
        store.save(
            new Person(
                UUID.randomUUID(),
                org,
                "Sarah Chen",
                "Sarah",
                PersonType.CLIENT,
                LocalDate.of(1985, 3, 15),
                ZoneId.of("America/New_York"),
                Metadata.of(Map.of("vip", true, "allergies", List.of("peanuts"))),
                null,
                null));

    Person found = store.find(org, saved.personId()).orElseThrow();

    assertThat(found.fullName()).isEqualTo("Sarah Chen");
    assertThat(found.preferredName()).isEqualTo("Sarah");
    assertThat(found.personType()).isEqualTo(PersonType.CLIENT);
    assertThat(found.birthday()).isEqualTo(LocalDate.of(1985, 3, 15));
    assertThat(found.timezone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(found.metadata().values())
        .containsEntry("vip", true)
        .containsEntry("allergies", List.of("peanuts"));
    assertThat(found.createdAt()).isNotNull().isEqualTo(saved.createdAt());
    assertThat(found.updatedAt()).isNotNull();
  }

  @Test
  void saving_again_replaces_the_person_and_keeps_when_it_was_created() {
    Person first = store.save(person(org, "Sarah Chen", PersonType.CLIENT));

    Person renamed =
        store.save(
            new Person(
                first.personId(),
                org,
                "Sarah Chen-Walker",
                null,
                PersonType.CLIENT,
                null,
                ZoneId.of("Europe/London"),
                Metadata.EMPTY,
                null,
                null));

    assertThat(renamed.createdAt()).isEqualTo(first.createdAt());
    assertThat(store.find(org, first.personId()).orElseThrow().fullName())
        .isEqualTo("Sarah Chen-Walker");
    assertThat(store.find(org, first.personId()).orElseThrow().timezone())
        .isEqualTo(ZoneId.of("Europe/London"));
  }

  @Test
  void another_organizations_person_is_neither_found_nor_overwritten() {
    UUID other = newOrganization();
    Person theirs = store.save(person(other, "Their client", PersonType.CLIENT));

    assertThat(store.find(org, theirs.personId())).isEmpty();
    assertThatThrownBy(
            () ->
                store.save(
                    new Person(
                        theirs.personId(),
                        org,
                        "Taken over",
                        null,
                        PersonType.CLIENT,
                        null,
                        ZoneId.of("UTC"),
                        Metadata.EMPTY,
                        null,
                        null)))
        .isInstanceOf(NotFoundException.class);
    assertThat(store.find(other, theirs.personId()).orElseThrow().fullName())
        .isEqualTo("Their client");
  }

  @Test
  void a_list_is_by_name_then_id_filtered_by_type_and_paged_with_its_total() {
    store.save(person(org, "Carol", PersonType.CLIENT));
    store.save(person(org, "Alice", PersonType.CLIENT));
    store.save(person(org, "Bob", PersonType.FAMILY_MEMBER));
    store.save(person(org, "Dan", PersonType.CLIENT));
    store.save(person(newOrganization(), "Aaron elsewhere", PersonType.CLIENT));

    Page<Person> clients = store.list(org, PersonType.CLIENT, new PageRequest(1, 2));
    Page<Person> everyone = store.list(org, null, new PageRequest(0, 50));

    assertThat(clients.total()).isEqualTo(3);
    assertThat(clients.items()).extracting(Person::fullName).containsExactly("Carol", "Dan");
    assertThat(everyone.items())
        .extracting(Person::fullName)
        .containsExactly("Alice", "Bob", "Carol", "Dan");
  }

  @Test
  void a_search_finds_full_and_preferred_names_containing_the_text_ignoring_case() {
    store.save(person(org, "Sarah Chen", PersonType.CLIENT));
    store.save(person(org, "Tom Okafor", "Chenny", PersonType.CLIENT));
    store.save(person(org, "Margaret Chen", PersonType.FAMILY_MEMBER));
    store.save(person(org, "100% Gold Member", PersonType.CLIENT));
    store.save(person(org, "Alan Smith", PersonType.CLIENT));
    store.save(person(newOrganization(), "Chen elsewhere", PersonType.CLIENT));

    assertThat(store.list(org, null, "CHEN", new PageRequest(0, 50)).items())
        .extracting(Person::fullName)
        .containsExactly("Margaret Chen", "Sarah Chen", "Tom Okafor");
    assertThat(store.list(org, PersonType.CLIENT, "chen", new PageRequest(0, 1)))
        .satisfies(page -> assertThat(page.total()).isEqualTo(2));
    assertThat(store.list(org, null, "0% G", new PageRequest(0, 50)).items())
        .extracting(Person::fullName)
        .containsExactly("100% Gold Member");
    // "_" would match the space if it were a wildcard
    assertThat(store.list(org, null, "d_m", new PageRequest(0, 50)).items()).isEmpty();
    assertThat(store.list(org, null, "%", new PageRequest(0, 50)).items())
        .extracting(Person::fullName)
        .containsExactly("100% Gold Member");
  }

  @Test
  void a_deleted_person_is_gone_from_find_list_and_saves() {
    Person sarah = store.save(person(org, "Sarah Chen", PersonType.CLIENT));

    assertThat(store.delete(org, sarah.personId())).isTrue();

    assertThat(store.delete(org, sarah.personId())).isFalse();
    assertThat(store.find(org, sarah.personId())).isEmpty();
    assertThat(store.list(org, null, new PageRequest(0, 50)).items()).isEmpty();
    assertThatThrownBy(() -> store.save(sarah)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void deleting_a_person_of_another_organization_does_nothing() {
    UUID other = newOrganization();
    Person theirs = store.save(person(other, "Their client", PersonType.CLIENT));

    assertThat(store.delete(org, theirs.personId())).isFalse();
    assertThat(store.find(other, theirs.personId())).isPresent();
  }

  private static Person person(UUID orgId, String name, PersonType type) {
    return person(orgId, name, null, type);
  }

  private static Person person(UUID orgId, String name, String preferredName, PersonType type) {
    return new Person(
        UUID.randomUUID(),
        orgId,
        name,
        preferredName,
        type,
        null,
        ZoneId.of("America/New_York"),
        Metadata.EMPTY,
        null,
        null);
  }
}
