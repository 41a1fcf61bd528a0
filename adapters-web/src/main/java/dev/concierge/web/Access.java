package dev.concierge.web;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.ForbiddenException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may open a page or send a form: the API's levels, so a page is allowed to exactly the roles
 * the operations it calls are. Checked before the page's handler runs; the use cases check again.
 */
enum Access {
  /** Before signing in: the sign-in form. */
  PUBLIC(EnumSet.noneOf(ApiRole.class)),
  /** Every role, analysts included. */
  READ(EnumSet.allOf(ApiRole.class)),
  /** Concierges and admins: client data. */
  WRITE(EnumSet.of(ApiRole.CONCIERGE, ApiRole.ADMIN)),
  /** Admins: accounts, API keys, the agents' set-up and the audit log, as the API's ADMIN. */
  ADMIN(EnumSet.of(ApiRole.ADMIN));

  private final Set<ApiRole> roles;

  Access(Set<ApiRole> roles) {
    this.roles = roles;
  }

  Set<ApiRole> roles() {
    return roles;
  }

  void check(Caller caller) {
    if (this != PUBLIC && !roles.contains(caller.role())) {
      throw new ForbiddenException(
          this == ADMIN
              ? "Only the admin role may do this."
              : "The " + caller.role().wireName() + " role may only read.");
    }
  }
}
