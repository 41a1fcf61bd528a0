package dev.concierge.core.ports;

import java.util.UUID;

public interface DeleteResourcePort {
  /** Soft-deletes, so past recommendations keep their subject. */
  boolean deleteResource(UUID orgId, UUID resourceId);
}
