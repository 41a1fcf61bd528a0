package dev.concierge.core.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.testing.UuidOrder;
import dev.concierge.core.time.LeapDayPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DateItemStore} does, PostgreSQL's and the in-memory one alike: the fakes the
 * use-case tests run on cannot drift from the real store while both pass this.
 */
public abstract class DateItemStoreContract {
  private DateItemStore store;
  private UUID org;
  private UUID person;

  /** A store over empty or shared storage; each test works in organizations of its own. */
  protected abstract DateItemStore store();

  /** An organization the store may keep items of (a row, where the store needs one). */
  protected abstract UUID newOrganization();

  /** A person of the organization (a row, where the store needs one). */
  protected abstract UUID newPerson(UUID orgId);

  /** A date category of the organization (a row, where the store needs one). */
  protected abstract UUID newCategory(UUID orgId);

  /** Sets an item's next occurrence, as the schedule does. */
  protected abstract void placeNextOccurrence(UUID dateItemId, LocalDate next);

  @BeforeEach
  void setUp() {
    store = store();
    org = newOrganization();
    person = newPerson(org);
  }

  @Test
  void a_saved_item_is_found_with_every_field_and_its_times_but_no_next_occurrence_yet() {
    UUID related = newPerson(org);
    DateItem saved =
        store.save(
            new DateItem(
                UUID.randomUUID(),
                org,
                person,
                null,
                related,
                "Mom's birthday",
                LocalDate.of(1960, 2, 29),
                "FREQ=YEARLY",
                LeapDayPolicy.STRICT,
                LocalDate.of(2028, 2, 29),
                "She loves peonies",
                Metadata.of(Map.of("gift_budget", 150, "ideas", List.of("peonies"))),
                null,
                null));

    DateItem found = store.find(org, saved.dateItemId()).orElseThrow();

    assertThat(found).isEqualTo(saved);
    assertThat(found.personId()).isEqualTo(person);
    assertThat(found.relatedPersonId()).isEqualTo(related);
    assertThat(found.title()).isEqualTo("Mom's birthday");
    assertThat(found.dateValue()).isEqualTo(LocalDate.of(1960, 2, 29));
    assertThat(found.recurrenceRule()).isEqualTo("FREQ=YEARLY");
    assertThat(found.leapDayPolicy()).isEqualTo(LeapDayPolicy.STRICT);
    assertThat(found.notes()).isEqualTo("She loves peonies");
    assertThat(found.metadata().values())
        .containsEntry("gift_budget", 150)
        .containsEntry("ideas", List.of("peonies"));
    assertThat(found.nextOccurrence()).as("the schedule's to place").isNull();
    assertThat(found.createdAt()).isNotNull();
    assertThat(found.updatedAt()).isNotNull();
  }

  @Test
  void saving_again_replaces_the_item_and_keeps_its_creation_and_next_occurrence() {
    DateItem first = store.save(item(org, person, "Anniversary"));
    placeNextOccurrence(first.dateItemId(), LocalDate.of(2026, 6, 12));

    DateItem renamed =
        store.save(item(first.dateItemId(), org, person, null, "Wedding anniversary"));

    assertThat(renamed.title()).isEqualTo("Wedding anniversary");
    assertThat(renamed.recurrenceRule()).isNull();
    assertThat(renamed.leapDayPolicy()).isEqualTo(LeapDayPolicy.FEB_28);
    assertThat(renamed.createdAt()).isEqualTo(first.createdAt());
    assertThat(renamed.nextOccurrence()).isEqualTo(LocalDate.of(2026, 6, 12));
    assertThat(store.find(org, first.dateItemId())).contains(renamed);
  }

  @Test
  void another_organizations_item_is_neither_found_nor_overwritten() {
    UUID other = newOrganization();
    DateItem theirs = store.save(item(other, newPerson(other), "Theirs"));

    assertThat(store.find(org, theirs.dateItemId())).isEmpty();
    assertThatThrownBy(() -> store.save(item(theirs.dateItemId(), org, person, null, "Taken over")))
        .isInstanceOf(NotFoundException.class);
    assertThat(store.find(other, theirs.dateItemId()).orElseThrow().title()).isEqualTo("Theirs");
    assertThat(store.delete(org, theirs.dateItemId())).isFalse();
  }

  @Test
  void a_persons_list_is_by_next_occurrence_then_title_filtered_and_paged_with_its_total() {
    UUID category = newCategory(org);
    DateItem trip = store.save(item(org, person, "Trip"));
    DateItem party = store.save(item(org, person, "Party"));
    DateItem gala = store.save(withCategory(item(org, person, "Gala"), category));
    DateItem past = store.save(withCategory(item(org, person, "Alumni day"), category));
    store.save(item(org, newPerson(org), "Someone else's"));
    placeNextOccurrence(trip.dateItemId(), LocalDate.of(2026, 5, 1));
    placeNextOccurrence(party.dateItemId(), LocalDate.of(2026, 5, 1));
    placeNextOccurrence(gala.dateItemId(), LocalDate.of(2026, 3, 1));

    Page<DateItem> all = store.list(org, person, null, null, new PageRequest(0, 50));
    Page<DateItem> secondPage = store.list(org, person, null, null, new PageRequest(1, 2));
    Page<DateItem> fromApril =
        store.list(org, person, null, LocalDate.of(2026, 4, 1), new PageRequest(0, 50));
    Page<DateItem> ofCategory = store.list(org, person, category, null, new PageRequest(0, 50));

    assertThat(all.items())
        .extracting(DateItem::title)
        .containsExactly("Gala", "Party", "Trip", "Alumni day");
    assertThat(secondPage.total()).isEqualTo(4);
    assertThat(secondPage.items()).extracting(DateItem::title).containsExactly("Party", "Trip");
    assertThat(fromApril.items()).extracting(DateItem::title).containsExactly("Party", "Trip");
    assertThat(ofCategory.items())
        .extracting(DateItem::dateItemId)
        .containsExactly(gala.dateItemId(), past.dateItemId());
  }

  @Test
  void a_deleted_item_is_gone_from_find_list_ids_and_saves() {
    DateItem item = store.save(item(org, person, "Renewal"));

    assertThat(store.delete(org, item.dateItemId())).isTrue();

    assertThat(store.delete(org, item.dateItemId())).isFalse();
    assertThat(store.find(org, item.dateItemId())).isEmpty();
    assertThat(store.list(org, person, null, null, new PageRequest(0, 50)).items()).isEmpty();
    assertThat(store.idsOfPerson(org, person)).isEmpty();
    assertThatThrownBy(() -> store.save(item)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void the_ids_of_a_persons_items_are_in_id_order() {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ids.add(store.save(item(org, person, "Date " + i)).dateItemId());
    }
    store.save(item(org, newPerson(org), "Someone else's"));

    assertThat(store.idsOfPerson(org, person))
        .containsExactlyElementsOf(ids.stream().sorted(UuidOrder.ASCENDING).toList());
  }

  private static DateItem item(UUID orgId, UUID personId, String title) {
    return item(UUID.randomUUID(), orgId, personId, null, title);
  }

  private static DateItem withCategory(DateItem item, UUID categoryId) {
    return item(item.dateItemId(), item.orgId(), item.personId(), categoryId, item.title());
  }

  /** A one-off date on 2020-01-01 with nothing else set. */
  private static DateItem item(
      UUID dateItemId, UUID orgId, UUID personId, UUID categoryId, String title) {
    return new DateItem(
        dateItemId,
        orgId,
        personId,
        categoryId,
        null,
        title,
        LocalDate.of(2020, 1, 1),
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
