package dev.concierge.core.organization;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where the organizations of the installation are kept. Implementations are thread-safe. */
public interface OrganizationStore {
  Optional<Organization> loadOrganization(UUID orgId);

  /** Stores the organization's name, default zone and settings; answers the stored row. */
  Organization saveOrganization(Organization organization);

  /** Stores a new organization under its id; returns it as stored (with its timestamps). */
  Organization createOrganization(Organization organization);

  /** Every organization of the installation, oldest first. */
  List<OrganizationSummary> listOrganizations();
}
