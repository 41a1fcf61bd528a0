package dev.concierge.core.calendar;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where calendar feeds are kept: the hashes of their secrets, never the secrets. Feeds are never
 * deleted, only revoked. Implementations are thread-safe.
 */
public interface CalendarFeedStore {
  /** The live (unrevoked) feed with that secret's hash, whichever organization it is in. */
  Optional<CalendarFeed> findLive(String tokenHash);

  /** The feeds of one organization, revoked ones too, oldest first. */
  List<CalendarFeed> list(UUID orgId);

  /** Adds a new feed and returns it as stored (with its creation time). */
  CalendarFeed add(CalendarFeed feed);

  /**
   * Marks a feed of the organization revoked, once (revoking again keeps the first time); empty
   * when the organization has no such feed.
   */
  Optional<CalendarFeed> revoke(UUID orgId, UUID calendarFeedId);
}
