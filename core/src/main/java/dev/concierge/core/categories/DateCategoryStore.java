package dev.concierge.core.categories;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where each organization's date categories are kept. Implementations are thread-safe. */
public interface DateCategoryStore {
  Optional<DateCategory> loadDateCategory(UUID orgId, UUID categoryId);

  /** The organization's categories, ordered by name. */
  List<DateCategory> loadDateCategories(UUID orgId);

  /** Inserts or updates; a name already used in the organization is a ConflictException. */
  DateCategory saveDateCategory(DateCategory category);

  /** The organization's categories by name. */
  Page<DateCategory> listDateCategories(UUID orgId, PageRequest page);

  /** False when there was none; a category still in use is a ConflictException. */
  boolean deleteDateCategory(UUID orgId, UUID categoryId);
}
