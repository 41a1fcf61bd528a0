package dev.concierge.core.ports;

import dev.concierge.core.organization.Organization;

public interface CreateOrganizationPort {
  /** Stores a new organization under its id; returns it as stored (with its timestamps). */
  Organization createOrganization(Organization organization);
}
