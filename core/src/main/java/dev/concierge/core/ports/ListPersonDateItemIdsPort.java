package dev.concierge.core.ports;

import java.util.List;
import java.util.UUID;

/** The ids of a person's live date items (to recompute them after a change of zone). */
public interface ListPersonDateItemIdsPort {
  List<UUID> listPersonDateItemIds(UUID orgId, UUID personId);
}
