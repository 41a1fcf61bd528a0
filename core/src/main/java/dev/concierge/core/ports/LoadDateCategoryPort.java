package dev.concierge.core.ports;

import dev.concierge.core.categories.DateCategory;
import java.util.Optional;
import java.util.UUID;

public interface LoadDateCategoryPort {
  Optional<DateCategory> loadDateCategory(UUID orgId, UUID categoryId);
}
