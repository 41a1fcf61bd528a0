package dev.concierge.core.dates;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where date items are kept. Implementations are thread-safe. */
public interface DateItemStore {
  Optional<DateItem> loadDateItem(UUID orgId, UUID dateItemId);

  Page<DateItem> listDateItems(
      UUID orgId, UUID personId, UUID categoryId, LocalDate onOrAfter, PageRequest page);

  DateItem saveDateItem(DateItem item);

  boolean deleteDateItem(UUID orgId, UUID dateItemId);

  List<UUID> listPersonDateItemIds(UUID orgId, UUID personId);
}
