package dev.concierge.core.ports;

import dev.concierge.core.organization.Organization;

public interface SaveOrganizationPort {
  /** Stores the organization's name, default zone and settings; answers the stored row. */
  Organization saveOrganization(Organization organization);
}
