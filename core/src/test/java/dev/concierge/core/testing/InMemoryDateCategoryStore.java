package dev.concierge.core.testing;

import dev.concierge.core.categories.DateCategory;
import dev.concierge.core.categories.DateCategoryStore;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** {@link DateCategoryStore} in a map, for fast tests of the rules. */
public final class InMemoryDateCategoryStore implements DateCategoryStore {
  private final Map<UUID, DateCategory> categories = new ConcurrentHashMap<>();

  @Override
  public Optional<DateCategory> loadDateCategory(UUID orgId, UUID categoryId) {
    return Optional.ofNullable(categories.get(categoryId)).filter(c -> c.orgId().equals(orgId));
  }

  @Override
  public List<DateCategory> loadDateCategories(UUID orgId) {
    return categories.values().stream()
        .filter(c -> c.orgId().equals(orgId))
        .sorted(Comparator.comparing(DateCategory::categoryName))
        .toList();
  }

  @Override
  public DateCategory saveDateCategory(DateCategory category) {
    categories.put(category.categoryId(), category);
    return category;
  }

  @Override
  public Page<DateCategory> listDateCategories(UUID orgId, PageRequest page) {
    return Pages.of(loadDateCategories(orgId), page);
  }

  @Override
  public boolean deleteDateCategory(UUID orgId, UUID categoryId) {
    return loadDateCategory(orgId, categoryId).isPresent() && categories.remove(categoryId) != null;
  }
}
