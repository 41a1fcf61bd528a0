package dev.concierge.core.testing;

import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.preferences.Preference;
import dev.concierge.core.preferences.PreferenceQuery;
import dev.concierge.core.preferences.PreferenceStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@link PreferenceStore} in a map, for fast tests of the rules; held to PostgreSQL's by the
 * contract.
 */
public final class InMemoryPreferenceStore implements PreferenceStore {
  private final Map<UUID, Preference> preferences = new LinkedHashMap<>();
  private final Set<UUID> deleted = new HashSet<>();
  private final Clock clock;

  public InMemoryPreferenceStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized Optional<Preference> find(UUID orgId, UUID personId, UUID preferenceId) {
    return live(orgId, personId).filter(p -> p.preferenceId().equals(preferenceId)).findFirst();
  }

  @Override
  public synchronized Page<Preference> list(
      UUID orgId, UUID personId, PreferenceQuery query, PageRequest page) {
    return Pages.of(
        live(orgId, personId)
            .filter(p -> query.category() == null || p.category() == query.category())
            .filter(p -> query.confirmed() == null || p.confirmed() == query.confirmed())
            .sorted(
                Comparator.comparing(Preference::capturedAt)
                    .reversed()
                    .thenComparing(Preference::preferenceId, UuidOrder.ASCENDING))
            .toList(),
        page);
  }

  @Override
  public synchronized Preference save(Preference preference) {
    Preference existing = preferences.get(preference.preferenceId());
    Instant now = clock.instant();
    if (existing == null) {
      Preference stored = preference.stored(now, now);
      preferences.put(stored.preferenceId(), stored);
      return stored;
    }
    if (!existing.orgId().equals(preference.orgId())
        || !existing.personId().equals(preference.personId())
        || deleted.contains(preference.preferenceId())) {
      throw new NotFoundException("preference", preference.preferenceId());
    }
    Preference stored =
        existing
            .changed(preference.category(), preference.statement(), preference.confirmed())
            .stored(existing.createdAt(), now);
    preferences.put(stored.preferenceId(), stored);
    return stored;
  }

  @Override
  public synchronized boolean delete(UUID orgId, UUID personId, UUID preferenceId) {
    boolean found = find(orgId, personId, preferenceId).isPresent();
    if (found) {
      deleted.add(preferenceId);
    }
    return found;
  }

  private Stream<Preference> live(UUID orgId, UUID personId) {
    return preferences.values().stream()
        .filter(p -> p.orgId().equals(orgId) && p.personId().equals(personId))
        .filter(p -> !deleted.contains(p.preferenceId()));
  }
}
