package dev.concierge.core.ports;

import java.util.UUID;

/**
 * Soft-deletes a date item and its reminder rules (their delivery history stays); false when there
 * is no such live item.
 */
public interface DeleteDateItemPort {
  boolean deleteDateItem(UUID orgId, UUID dateItemId);
}
