package dev.concierge.core.testing;

import dev.concierge.core.categories.DateCategory;
import dev.concierge.core.categories.DateCategoryStore;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * {@link DateCategoryStore} in a map, for fast tests of the rules; held to PostgreSQL's by the
 * contract.
 */
public final class InMemoryDateCategoryStore implements DateCategoryStore {
  private final Map<UUID, DateCategory> categories = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Predicate<UUID> inUse;

  /** A store whose categories no date item uses. */
  public InMemoryDateCategoryStore(Clock clock) {
    this(clock, categoryId -> false);
  }

  /**
   * @param inUse whether a date item uses the category (with that id), which then cannot be deleted
   */
  public InMemoryDateCategoryStore(Clock clock, Predicate<UUID> inUse) {
    this.clock = clock;
    this.inUse = inUse;
  }

  @Override
  public Optional<DateCategory> find(UUID orgId, UUID categoryId) {
    return Optional.ofNullable(categories.get(categoryId)).filter(c -> c.orgId().equals(orgId));
  }

  @Override
  public Page<DateCategory> list(UUID orgId, PageRequest page) {
    return Pages.of(
        categories.values().stream()
            .filter(c -> c.orgId().equals(orgId))
            .sorted(Comparator.comparing(c -> lower(c.categoryName())))
            .toList(),
        page);
  }

  @Override
  public synchronized DateCategory save(DateCategory category) {
    DateCategory existing = categories.get(category.categoryId());
    if (existing != null && !existing.orgId().equals(category.orgId())) {
      throw new NotFoundException("date category", category.categoryId());
    }
    boolean taken =
        categories.values().stream()
            .filter(c -> c.orgId().equals(category.orgId()))
            .filter(c -> !c.categoryId().equals(category.categoryId()))
            .anyMatch(c -> lower(c.categoryName()).equals(lower(category.categoryName())));
    if (taken) {
      throw new ConflictException(
          "A date category named \"" + category.categoryName() + "\" already exists.");
    }
    Instant now = clock.instant();
    DateCategory stored = category.stored(existing == null ? now : existing.createdAt(), now);
    categories.put(stored.categoryId(), stored);
    return stored;
  }

  @Override
  public synchronized boolean delete(UUID orgId, UUID categoryId) {
    if (find(orgId, categoryId).isEmpty()) {
      return false;
    }
    if (inUse.test(categoryId)) {
      throw new ConflictException("It is still in use by date items.");
    }
    categories.remove(categoryId);
    return true;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
