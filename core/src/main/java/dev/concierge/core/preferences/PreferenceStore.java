package dev.concierge.core.preferences;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the preferences of each person are kept. Each method works within one organization and one
 * person; deleted preferences are invisible to all of them. Implementations are thread-safe.
 */
public interface PreferenceStore {
  Optional<Preference> find(UUID orgId, UUID personId, UUID preferenceId);

  /** One page of the person's preferences, newest first (by when they were captured, then id). */
  Page<Preference> list(UUID orgId, UUID personId, PreferenceQuery query, PageRequest page);

  /**
   * Adds the preference or changes the one with its id (its category, statement and confirmation;
   * the rest is as it was captured), and returns it as stored.
   *
   * @throws dev.concierge.core.errors.NotFoundException when the id is a deleted preference or
   *     another person's
   */
  Preference save(Preference preference);

  /** Marks the preference deleted; false when the person has no such (live) preference. */
  boolean delete(UUID orgId, UUID personId, UUID preferenceId);
}
