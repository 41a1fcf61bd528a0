package dev.concierge.core.organization;

/**
 * Told of a new organization in the transaction that creates it, so what every organization starts
 * with (the agents of its roster) is there as soon as it is.
 */
public interface OrganizationListener {
  OrganizationListener NONE = organization -> {};

  void organizationCreated(Organization organization);
}
