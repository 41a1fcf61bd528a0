package dev.concierge.core.testing;

import dev.concierge.core.dates.DateItem;
import dev.concierge.core.dates.DateItemStore;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * {@link DateItemStore} in a map, for fast tests of the rules; held to PostgreSQL's by the
 * contract. The in-memory schedule store places next occurrences in it.
 */
public final class InMemoryDateItemStore implements DateItemStore {
  private static final Comparator<DateItem> LIST_ORDER =
      Comparator.comparing(
              DateItem::nextOccurrence, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
          .thenComparing(DateItem::title)
          .thenComparing(DateItem::dateItemId, UuidOrder.ASCENDING);

  private final Map<UUID, DateItem> items = new ConcurrentHashMap<>();
  private final Set<UUID> deleted = ConcurrentHashMap.newKeySet();
  private final Clock clock;

  public InMemoryDateItemStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Optional<DateItem> find(UUID orgId, UUID dateItemId) {
    return Optional.ofNullable(items.get(dateItemId))
        .filter(item -> item.orgId().equals(orgId) && !deleted.contains(dateItemId));
  }

  @Override
  public Page<DateItem> list(
      UUID orgId, UUID personId, UUID categoryId, LocalDate onOrAfter, PageRequest page) {
    List<DateItem> found =
        live(orgId)
            .filter(item -> item.personId().equals(personId))
            .filter(item -> categoryId == null || categoryId.equals(item.categoryId()))
            .filter(
                item ->
                    onOrAfter == null
                        || item.nextOccurrence() != null
                            && !item.nextOccurrence().isBefore(onOrAfter))
            .sorted(LIST_ORDER)
            .toList();
    return Pages.of(found, page);
  }

  @Override
  public synchronized DateItem save(DateItem item) {
    DateItem existing = items.get(item.dateItemId());
    if (existing != null
        && (!existing.orgId().equals(item.orgId()) || deleted.contains(item.dateItemId()))) {
      throw new NotFoundException("date item", item.dateItemId());
    }
    Instant now = clock.instant();
    DateItem stored =
        existing == null
            ? item.stored(null, now, now)
            : item.stored(existing.nextOccurrence(), existing.createdAt(), now);
    items.put(stored.dateItemId(), stored);
    return stored;
  }

  @Override
  public boolean delete(UUID orgId, UUID dateItemId) {
    return find(orgId, dateItemId).isPresent() && deleted.add(dateItemId);
  }

  @Override
  public List<UUID> idsOfPerson(UUID orgId, UUID personId) {
    return live(orgId)
        .filter(item -> item.personId().equals(personId))
        .map(DateItem::dateItemId)
        .sorted(UuidOrder.ASCENDING)
        .toList();
  }

  /** Live items of one organization, or of all (null). */
  Stream<DateItem> live(UUID orgId) {
    return items.values().stream()
        .filter(item -> orgId == null || item.orgId().equals(orgId))
        .filter(item -> !deleted.contains(item.dateItemId()));
  }

  /** Places an item's next occurrence, as the schedule does; null: it has none left. */
  public synchronized void placeNextOccurrence(UUID dateItemId, LocalDate nextOccurrence) {
    DateItem item = items.get(dateItemId);
    items.put(dateItemId, item.stored(nextOccurrence, item.createdAt(), clock.instant()));
  }
}
