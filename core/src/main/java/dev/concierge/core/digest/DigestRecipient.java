package dev.concierge.core.digest;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * A staff account as its digest sees it: who it is for, and whose clients it covers.
 *
 * @param organizationZone the zone of a digest whose account did not choose one
 * @param role an admin's digest covers every client of the organization; anyone else's the clients
 *     of the open projects assigned to them
 */
public record DigestRecipient(
    UUID orgId,
    UUID accountId,
    String email,
    String displayName,
    ApiRole role,
    ZoneId organizationZone) {
  public DigestRecipient {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(organizationZone, "organizationZone");
  }

  public boolean seesEveryClient() {
    return role == ApiRole.ADMIN;
  }

  /** The account acting, for the reads a digest makes through other use cases. */
  Caller caller() {
    return Caller.account(accountId, orgId, displayName, role);
  }
}
