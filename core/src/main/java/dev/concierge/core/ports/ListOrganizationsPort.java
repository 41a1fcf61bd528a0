package dev.concierge.core.ports;

import dev.concierge.core.organization.OrganizationSummary;
import java.util.List;

public interface ListOrganizationsPort {
  /** Every organization of the installation, oldest first. */
  List<OrganizationSummary> listOrganizations();
}
