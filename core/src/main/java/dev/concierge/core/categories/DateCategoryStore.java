package dev.concierge.core.categories;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * Where each organization's date categories are kept. Each method works within one organization.
 * Implementations are thread-safe.
 */
public interface DateCategoryStore {
  Optional<DateCategory> find(UUID orgId, UUID categoryId);

  /** One page of the organization's categories by name (ignoring case), then id, with the total. */
  Page<DateCategory> list(UUID orgId, PageRequest page);

  /**
   * Adds the category or replaces the one with its id, and returns it as stored.
   *
   * @throws dev.concierge.core.errors.ConflictException when the organization has a category of
   *     that name already, whatever its case
   * @throws dev.concierge.core.errors.NotFoundException when the id is another organization's
   */
  DateCategory save(DateCategory category);

  /**
   * Deletes the category for good; false when there was none.
   *
   * @throws dev.concierge.core.errors.ConflictException when a date item still uses it
   */
  boolean delete(UUID orgId, UUID categoryId);
}
