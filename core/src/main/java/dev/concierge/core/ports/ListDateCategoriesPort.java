package dev.concierge.core.ports;

import dev.concierge.core.categories.DateCategory;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.UUID;

public interface ListDateCategoriesPort {
  /** The organization's categories by name. */
  Page<DateCategory> listDateCategories(UUID orgId, PageRequest page);
}
