package dev.concierge.core.calendar;

import java.util.Optional;
import java.util.UUID;

/**
 * Which date item each imported event became, by the event's UID, per person: what makes importing
 * the same file twice an update. Implementations are thread-safe.
 */
public interface CalendarImportStore {
  /** The date item the event with {@code uid} became for the person, deleted since or not. */
  Optional<UUID> find(UUID orgId, UUID personId, String uid);

  /** Records (or moves) the person's event with {@code uid} to {@code dateItemId}. */
  void link(UUID orgId, UUID personId, String uid, UUID dateItemId);
}
