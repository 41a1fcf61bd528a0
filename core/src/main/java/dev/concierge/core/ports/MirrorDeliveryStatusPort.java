package dev.concierge.core.ports;

import java.util.Collection;
import java.util.UUID;

/**
 * Rewrites metadata_jsonb.delivery_status of the reminder rules of some date items from their state
 * (after the scheduler touched them).
 */
public interface MirrorDeliveryStatusPort {
  void mirrorDeliveryStatus(UUID orgId, Collection<UUID> dateItemIds);
}
