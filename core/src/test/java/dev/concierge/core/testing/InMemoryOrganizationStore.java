package dev.concierge.core.testing;

import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.organization.OrganizationStore;
import dev.concierge.core.organization.OrganizationSummary;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** {@link OrganizationStore} in a map. */
public final class InMemoryOrganizationStore implements OrganizationStore {
  private final Map<UUID, Organization> organizations = new ConcurrentHashMap<>();

  /** A store that knows {@code orgId} already, in UTC with reminders at noon. */
  public static InMemoryOrganizationStore with(UUID orgId) {
    InMemoryOrganizationStore store = new InMemoryOrganizationStore();
    store.createOrganization(
        new Organization(orgId, "Org", ZoneId.of("UTC"), LocalTime.NOON, null, null, null));
    return store;
  }

  @Override
  public Optional<Organization> loadOrganization(UUID orgId) {
    return Optional.ofNullable(organizations.get(orgId));
  }

  @Override
  public Organization saveOrganization(Organization organization) {
    if (!organizations.containsKey(organization.orgId())) {
      throw new NotFoundException("organization", organization.orgId());
    }
    organizations.put(organization.orgId(), organization);
    return organization;
  }

  @Override
  public Organization createOrganization(Organization organization) {
    organizations.put(organization.orgId(), organization);
    return organization;
  }

  @Override
  public List<OrganizationSummary> listOrganizations() {
    return organizations.values().stream()
        .sorted(Comparator.comparing(Organization::name))
        .map(o -> new OrganizationSummary(o, 0))
        .toList();
  }

  /** Every organization stored, for assertions. */
  public List<Organization> all() {
    return List.copyOf(organizations.values());
  }
}
