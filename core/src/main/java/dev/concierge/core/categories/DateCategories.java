package dev.concierge.core.categories;

import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.UUID;

/**
 * Use cases of an organization's kinds of important dates. Names are unique per organization
 * (case-insensitively) and a category still used by a date item cannot be deleted: both are
 * conflicts. Changing categories is an admin's job.
 */
public final class DateCategories {
  private final DateCategoryStore categories;
  private final AuditTrail audit;

  /**
   * @param audit records every change, in its transaction
   */
  public DateCategories(DateCategoryStore categories, AuditTrail audit) {
    this.categories = categories;
    this.audit = audit;
  }

  public Page<DateCategory> list(Caller caller, PageRequest page) {
    return categories.list(caller.orgId(), page);
  }

  public DateCategory get(Caller caller, UUID categoryId) {
    return categories
        .find(caller.orgId(), categoryId)
        .orElseThrow(() -> new NotFoundException("date category", categoryId));
  }

  public DateCategory create(Caller caller, NewDateCategory category) {
    caller.requireAdmin();
    validate(category.categoryName(), category.icon(), category.color());
    DateCategory created =
        new DateCategory(
            UUID.randomUUID(),
            caller.orgId(),
            category.categoryName().strip(),
            category.icon(),
            category.color(),
            category.schema(),
            null,
            null);
    return audit.created(
        caller,
        EntityType.DATE_CATEGORY,
        category,
        DateCategory::categoryId,
        () -> categories.save(created));
  }

  public DateCategory update(Caller caller, UUID categoryId, DateCategoryChanges changes) {
    caller.requireAdmin();
    DateCategory current = get(caller, categoryId);
    String name = changes.categoryName().applyTo(current.categoryName());
    String icon = changes.icon().applyTo(current.icon());
    String color = changes.color().applyTo(current.color());
    validate(name, icon, color);
    DateCategory changed =
        current.changed(name.strip(), icon, color, changes.schema().applyTo(current.schema()));
    return audit.updated(
        caller, EntityType.DATE_CATEGORY, categoryId, changes, () -> categories.save(changed));
  }

  public void delete(Caller caller, UUID categoryId) {
    caller.requireAdmin();
    audit.deleted(
        caller,
        EntityType.DATE_CATEGORY,
        categoryId,
        () -> {
          if (!categories.delete(caller.orgId(), categoryId)) {
            throw new NotFoundException("date category", categoryId);
          }
        });
  }

  private static void validate(String name, String icon, String color) {
    new FieldErrors()
        .required("category_name", name)
        .length("category_name", name, 1, 100)
        .length("icon", icon, 0, 16)
        .matches("color", color, "#[0-9A-Fa-f]{6}", "must be a hex colour such as #FF6B6B")
        .throwIfAny();
  }
}
