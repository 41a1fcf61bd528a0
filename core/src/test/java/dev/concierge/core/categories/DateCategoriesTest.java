package dev.concierge.core.categories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.testing.InMemoryAuditStore;
import dev.concierge.core.testing.InMemoryDateCategoryStore;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The rules of an organization's date categories, over stores in memory. */
class DateCategoriesTest {
  private static final UUID ORG = UUID.randomUUID();

  private final Set<UUID> used = new HashSet<>();
  private final InMemoryAuditStore audited = new InMemoryAuditStore();
  private final DateCategories categories =
      new DateCategories(
          new InMemoryDateCategoryStore(Clock.systemUTC(), used::contains),
          new AuditTrail(audited, Supplier::get));
  private final Caller admin = caller(ORG, ApiRole.ADMIN);

  @Test
  void an_admin_creates_a_category_with_its_name_trimmed_and_the_creation_is_audited() {
    DateCategory wine =
        categories.create(admin, new NewDateCategory(" Wine Club ", "🍷", "#aa3355", null));

    assertThat(wine.categoryName()).isEqualTo("Wine Club");
    assertThat(wine.orgId()).isEqualTo(ORG);
    assertThat(categories.get(admin, wine.categoryId())).isEqualTo(wine);
    assertThat(audited.entries())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
              assertThat(entry.entityId()).isEqualTo(wine.categoryId());
              assertThat(entry.fields()).containsExactly("category_name", "icon", "color");
            });
  }

  @Test
  void everyone_reads_the_categories_and_only_admins_change_them() {
    DateCategory golf = categories.create(admin, new NewDateCategory("Golf", null, null, null));

    for (ApiRole role : new ApiRole[] {ApiRole.CONCIERGE, ApiRole.ANALYST}) {
      Caller staff = caller(ORG, role);
      assertThat(categories.list(staff, PageRequest.of(null, null)).items()).containsExactly(golf);
      assertThatThrownBy(
              () -> categories.create(staff, new NewDateCategory("Tennis", null, null, null)))
          .isInstanceOf(ForbiddenException.class);
      assertThatThrownBy(() -> categories.update(staff, golf.categoryId(), rename("Polo")))
          .isInstanceOf(ForbiddenException.class);
      assertThatThrownBy(() -> categories.delete(staff, golf.categoryId()))
          .isInstanceOf(ForbiddenException.class);
    }
  }

  @Test
  void every_invalid_field_is_reported_at_once_and_nothing_is_written() {
    ValidationException refused =
        catchThrowableOfType(
            ValidationException.class,
            () -> categories.create(admin, new NewDateCategory(" ", "x".repeat(17), "red", null)));

    assertThat(refused.errors())
        .extracting(FieldError::field)
        .containsExactly("category_name", "icon", "color");
    assertThat(categories.list(admin, PageRequest.of(null, null)).items()).isEmpty();
    assertThat(audited.entries()).isEmpty();
  }

  @Test
  void an_update_changes_only_what_it_names_and_a_taken_name_is_a_conflict() {
    DateCategory golf = categories.create(admin, new NewDateCategory("Golf", "⛳", null, null));
    categories.create(admin, new NewDateCategory("Tennis", null, null, null));

    DateCategory renamed = categories.update(admin, golf.categoryId(), rename("Golf Club"));

    assertThat(renamed.categoryName()).isEqualTo("Golf Club");
    assertThat(renamed.icon()).isEqualTo("⛳");
    assertThat(audited.entries())
        .last()
        .extracting(AuditEntry::fields)
        .isEqualTo(List.of("category_name"));
    assertThatThrownBy(() -> categories.update(admin, golf.categoryId(), rename("TENNIS")))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void a_category_in_use_is_kept_and_an_unknown_one_is_not_found() {
    DateCategory golf = categories.create(admin, new NewDateCategory("Golf", null, null, null));
    used.add(golf.categoryId());

    assertThatThrownBy(() -> categories.delete(admin, golf.categoryId()))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> categories.delete(admin, UUID.randomUUID()))
        .isInstanceOf(NotFoundException.class);
    assertThat(categories.get(admin, golf.categoryId())).isEqualTo(golf);
    assertThat(audited.entries()).extracting(AuditEntry::action).containsOnly(AuditAction.CREATE);
  }

  @Test
  void another_organizations_category_is_not_found() {
    DateCategory golf = categories.create(admin, new NewDateCategory("Golf", null, null, null));
    Caller theirs = caller(UUID.randomUUID(), ApiRole.ADMIN);

    assertThatThrownBy(() -> categories.get(theirs, golf.categoryId()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> categories.delete(theirs, golf.categoryId()))
        .isInstanceOf(NotFoundException.class);
  }

  private static DateCategoryChanges rename(String name) {
    return new DateCategoryChanges(
        FieldChange.to(name),
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.unchanged());
  }

  private static Caller caller(UUID orgId, ApiRole role) {
    return Caller.apiKey(UUID.randomUUID(), orgId, "staff", role);
  }
}
