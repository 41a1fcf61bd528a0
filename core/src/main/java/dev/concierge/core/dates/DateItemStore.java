package dev.concierge.core.dates;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the date items of every organization are kept. Each method works within one organization;
 * deleted items are invisible to all of them. An item's next occurrence is the schedule's to write
 * ({@link dev.concierge.core.reminders.planning.ScheduleStore}): saving leaves it as it was (none
 * for a new item). Implementations are thread-safe.
 */
public interface DateItemStore {
  Optional<DateItem> find(UUID orgId, UUID dateItemId);

  /**
   * One page of a person's items by next occurrence (those without one last), then title and id;
   * only those of one category when {@code categoryId} is given, only those whose next occurrence
   * is on or after {@code onOrAfter} when that is.
   */
  Page<DateItem> list(
      UUID orgId, UUID personId, UUID categoryId, LocalDate onOrAfter, PageRequest page);

  /**
   * Adds the item or replaces the one with its id (its person stays), and returns it as stored.
   *
   * @throws dev.concierge.core.errors.NotFoundException when the id is another organization's item
   *     or a deleted one
   */
  DateItem save(DateItem item);

  /**
   * Marks the item deleted; false when there was no such (live) item. Its reminder rules are the
   * reminder store's to delete.
   */
  boolean delete(UUID orgId, UUID dateItemId);

  /** The ids of a person's items, in id order. */
  List<UUID> idsOfPerson(UUID orgId, UUID personId);
}
