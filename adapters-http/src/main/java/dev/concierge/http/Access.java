package dev.concierge.http;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.ForbiddenException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may call an operation. Each operation declares one; it is checked before any handler runs,
 * and docs/SECURITY.md shows the table of them. The use cases check roles again, for library users
 * who call them without HTTP.
 */
enum Access {
  /** No credentials: signing in, and the public /health and /metrics. */
  PUBLIC(EnumSet.noneOf(ApiRole.class)),
  /** Every role, analysts included. */
  READ(EnumSet.allOf(ApiRole.class)),
  /** Concierges and admins: client data. */
  WRITE(EnumSet.of(ApiRole.CONCIERGE, ApiRole.ADMIN)),
  /** Admins: what shapes everyone's work (categories, catalogue, accounts, keys, settings). */
  ADMIN(EnumSet.of(ApiRole.ADMIN));

  private final Set<ApiRole> roles;

  Access(Set<ApiRole> roles) {
    this.roles = roles;
  }

  /** The roles allowed; none for a public operation, which needs no credential at all. */
  Set<ApiRole> roles() {
    return roles;
  }

  /** Refuses a caller whose role this access does not allow. */
  void check(Caller caller) {
    if (this == PUBLIC || roles.contains(caller.role())) {
      return;
    }
    throw new ForbiddenException(
        this == WRITE
            ? "The " + caller.role().wireName() + " role may only read."
            : "Only the admin role may do this.");
  }
}
