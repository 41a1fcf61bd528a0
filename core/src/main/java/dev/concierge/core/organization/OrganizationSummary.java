package dev.concierge.core.organization;

import java.util.Objects;

/**
 * An organization as the installation's list shows it, with how many persons (not deleted) it has,
 * so an operator can tell a tenant in use from an empty one.
 */
public record OrganizationSummary(Organization organization, long persons) {
  public OrganizationSummary {
    Objects.requireNonNull(organization, "organization");
  }
}
