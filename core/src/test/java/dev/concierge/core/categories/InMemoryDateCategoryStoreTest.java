package dev.concierge.core.categories;

import dev.concierge.core.testing.InMemoryDateCategoryStore;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

class InMemoryDateCategoryStoreTest extends DateCategoryStoreContract {
  private final Set<UUID> used = new HashSet<>();

  @Override
  protected DateCategoryStore store() {
    return new InMemoryDateCategoryStore(Clock.systemUTC(), used::contains);
  }

  @Override
  protected UUID newOrganization() {
    return UUID.randomUUID();
  }

  @Override
  protected void useInADateItem(UUID orgId, UUID categoryId) {
    used.add(categoryId);
  }
}
