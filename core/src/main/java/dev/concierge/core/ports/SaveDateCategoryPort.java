package dev.concierge.core.ports;

import dev.concierge.core.categories.DateCategory;

public interface SaveDateCategoryPort {
  /** Inserts or updates; a name already used in the organization is a ConflictException. */
  DateCategory saveDateCategory(DateCategory category);
}
