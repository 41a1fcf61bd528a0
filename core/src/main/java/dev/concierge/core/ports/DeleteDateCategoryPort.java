package dev.concierge.core.ports;

import java.util.UUID;

public interface DeleteDateCategoryPort {
  /** False when there was none; a category still in use is a ConflictException. */
  boolean deleteDateCategory(UUID orgId, UUID categoryId);
}
