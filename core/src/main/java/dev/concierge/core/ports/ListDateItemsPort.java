package dev.concierge.core.ports;

import dev.concierge.core.dates.DateItem;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's live date items by next occurrence (none last), then title; {@code categoryId} and
 * {@code onOrAfter} (next occurrence on or after) filter when not null.
 */
public interface ListDateItemsPort {
  Page<DateItem> listDateItems(
      UUID orgId, UUID personId, UUID categoryId, LocalDate onOrAfter, PageRequest page);
}
