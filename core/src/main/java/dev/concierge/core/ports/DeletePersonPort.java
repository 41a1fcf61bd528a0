package dev.concierge.core.ports;

import java.util.UUID;

public interface DeletePersonPort {
  /** Soft-deletes the person; false when there was no live person to delete. */
  boolean deletePerson(UUID orgId, UUID personId);
}
