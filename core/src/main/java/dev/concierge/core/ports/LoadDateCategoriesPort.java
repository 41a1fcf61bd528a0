package dev.concierge.core.ports;

import dev.concierge.core.categories.DateCategory;
import java.util.List;
import java.util.UUID;

public interface LoadDateCategoriesPort {
  /** The organization's categories, ordered by name. */
  List<DateCategory> loadDateCategories(UUID orgId);
}
