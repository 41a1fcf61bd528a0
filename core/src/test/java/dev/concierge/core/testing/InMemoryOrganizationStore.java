package dev.concierge.core.testing;

import dev.concierge.core.organization.Organization;
import dev.concierge.core.organization.OrganizationStore;
import dev.concierge.core.organization.OrganizationSummary;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.PersonStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link OrganizationStore} in a map, for fast tests of the rules; held to PostgreSQL's by the
 * contract. It counts the persons of the {@link PersonStore} it is given.
 */
public final class InMemoryOrganizationStore implements OrganizationStore {
  // in the order they were added, which is oldest first also when the clock stood still
  private final Map<UUID, Organization> organizations = new LinkedHashMap<>();
  private static final PageRequest ONE = new PageRequest(0, 1);
  private final Clock clock;
  private final PersonStore persons;

  /** A store whose organizations have no persons. */
  public InMemoryOrganizationStore() {
    this(Clock.systemUTC(), new InMemoryPersonStore(Clock.systemUTC()));
  }

  public InMemoryOrganizationStore(Clock clock, PersonStore persons) {
    this.clock = clock;
    this.persons = persons;
  }

  /** A store that knows these organizations already, in UTC with reminders at noon. */
  public static InMemoryOrganizationStore with(UUID... orgIds) {
    InMemoryOrganizationStore store = new InMemoryOrganizationStore();
    for (UUID orgId : orgIds) {
      store.save(Organization.of(orgId, "Org", ZoneId.of("UTC"), LocalTime.NOON));
    }
    return store;
  }

  @Override
  public synchronized Optional<Organization> find(UUID orgId) {
    return Optional.ofNullable(organizations.get(orgId));
  }

  @Override
  public synchronized Organization save(Organization organization) {
    Organization existing = organizations.get(organization.orgId());
    Instant now = clock.instant();
    Organization stored =
        existing == null
            ? organization.stored(now, now)
            : existing
                .changed(
                    organization.name(), organization.defaultTimezone(), organization.settings())
                .stored(existing.createdAt(), now);
    organizations.put(stored.orgId(), stored);
    return stored;
  }

  @Override
  public synchronized List<OrganizationSummary> list() {
    return organizations.values().stream()
        .sorted(Comparator.comparing(Organization::createdAt))
        .map(o -> new OrganizationSummary(o, persons.list(o.orgId(), null, ONE).total()))
        .toList();
  }
}
