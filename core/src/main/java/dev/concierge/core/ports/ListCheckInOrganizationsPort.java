package dev.concierge.core.ports;

import dev.concierge.core.proactive.CheckInOrganization;
import java.util.List;

/** Every organization with its zone, settings and the latest day its check-in run was claimed. */
public interface ListCheckInOrganizationsPort {
  List<CheckInOrganization> listCheckInOrganizations();
}
