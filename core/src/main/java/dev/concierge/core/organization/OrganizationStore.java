package dev.concierge.core.organization;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the organizations of the installation are kept. Organizations are never deleted.
 * Implementations are thread-safe.
 */
public interface OrganizationStore {
  Optional<Organization> find(UUID orgId);

  /**
   * Adds the organization or changes its name, default zone and settings, and returns it as stored
   * (with its creation and change times). The reminder send time is the one it was added with.
   */
  Organization save(Organization organization);

  /** Every organization of the installation with its count of live persons, oldest first. */
  List<OrganizationSummary> list();
}
