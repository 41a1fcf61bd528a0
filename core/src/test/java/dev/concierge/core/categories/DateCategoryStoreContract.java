package dev.concierge.core.categories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DateCategoryStore} does, PostgreSQL's and the in-memory one alike: the fakes
 * the use-case tests run on cannot drift from the real store while both pass this.
 */
public abstract class DateCategoryStoreContract {
  private DateCategoryStore store;
  private UUID org;

  /** A store over empty or shared storage; each test works in organizations of its own. */
  protected abstract DateCategoryStore store();

  /** An organization the store may keep categories of (a row, where the store needs one). */
  protected abstract UUID newOrganization();

  /** Files a date item under the category, which from then on is in use. */
  protected abstract void useInADateItem(UUID orgId, UUID categoryId);

  @BeforeEach
  void setUp() {
    store = store();
    org = newOrganization();
  }

  @Test
  void a_saved_category_is_found_with_every_field_and_its_times() {
    DateCategory saved =
        store.save(
            new DateCategory(
                UUID.randomUUID(),
                org,
                "Wine Club",
                "🍷",
                "#AA3355",
                Metadata.of(Map.of("fields", Map.of("club", "string"))),
                null,
                null));

    DateCategory found = store.find(org, saved.categoryId()).orElseThrow();

    assertThat(found.categoryName()).isEqualTo("Wine Club");
    assertThat(found.icon()).isEqualTo("🍷");
    assertThat(found.color()).isEqualTo("#AA3355");
    assertThat(found.schema().values()).containsEntry("fields", Map.of("club", "string"));
    assertThat(found.createdAt()).isNotNull().isEqualTo(saved.createdAt());
    assertThat(found.updatedAt()).isNotNull();
    assertThat(store.find(newOrganization(), saved.categoryId())).isEmpty();
  }

  @Test
  void saving_again_replaces_the_category_and_keeps_when_it_was_created() {
    DateCategory first = store.save(category(org, "Golf"));

    DateCategory changed = store.save(first.changed("Golf Club", null, null, Metadata.EMPTY));

    assertThat(changed.categoryName()).isEqualTo("Golf Club");
    assertThat(changed.icon()).isNull();
    assertThat(changed.createdAt()).isEqualTo(first.createdAt());
    assertThat(store.find(org, first.categoryId())).contains(changed);
  }

  @Test
  void a_name_is_used_once_per_organization_whatever_its_case() {
    DateCategory golf = store.save(category(org, "Golf"));

    assertThatThrownBy(() -> store.save(category(org, "GOLF")))
        .isInstanceOf(ConflictException.class);
    assertThat(store.save(category(newOrganization(), "Golf"))).isNotNull();
    assertThat(store.save(golf.changed("golf", null, null, Metadata.EMPTY)).categoryName())
        .isEqualTo("golf");
  }

  @Test
  void another_organizations_category_is_neither_overwritten_nor_deleted() {
    UUID other = newOrganization();
    DateCategory theirs = store.save(category(other, "Theirs"));

    assertThatThrownBy(
            () ->
                store.save(
                    new DateCategory(
                        theirs.categoryId(), org, "Mine", null, null, null, null, null)))
        .isInstanceOf(NotFoundException.class);
    assertThat(store.delete(org, theirs.categoryId())).isFalse();
    assertThat(store.find(other, theirs.categoryId())).contains(theirs);
  }

  @Test
  void a_list_is_by_name_whatever_its_case_and_paged_with_its_total() {
    store.save(category(org, "travel"));
    store.save(category(org, "Anniversary"));
    store.save(category(org, "birthday"));
    store.save(category(newOrganization(), "Another"));

    Page<DateCategory> page = store.list(org, new PageRequest(1, 5));

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items())
        .extracting(DateCategory::categoryName)
        .containsExactly("birthday", "travel");
  }

  @Test
  void a_category_is_deleted_for_good_unless_a_date_item_uses_it() {
    DateCategory unused = store.save(category(org, "Unused"));
    DateCategory used = store.save(category(org, "Used"));
    useInADateItem(org, used.categoryId());

    assertThat(store.delete(org, unused.categoryId())).isTrue();
    assertThat(store.delete(org, unused.categoryId())).isFalse();
    assertThat(store.find(org, unused.categoryId())).isEmpty();
    assertThatThrownBy(() -> store.delete(org, used.categoryId()))
        .isInstanceOf(ConflictException.class);
    assertThat(store.find(org, used.categoryId())).isPresent();
  }

  private static DateCategory category(UUID orgId, String name) {
    return new DateCategory(UUID.randomUUID(), orgId, name, "📅", "#112233", null, null, null);
  }
}
