package dev.concierge.core.ports;

import dev.concierge.core.organization.Organization;
import java.util.Optional;
import java.util.UUID;

public interface LoadOrganizationPort {
  Optional<Organization> loadOrganization(UUID orgId);
}
