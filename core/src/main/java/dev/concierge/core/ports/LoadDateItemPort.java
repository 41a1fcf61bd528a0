package dev.concierge.core.ports;

import dev.concierge.core.dates.DateItem;
import java.util.Optional;
import java.util.UUID;

/** A live (not deleted) date item of an organization. */
public interface LoadDateItemPort {
  Optional<DateItem> loadDateItem(UUID orgId, UUID dateItemId);
}
