package dev.concierge.http;

import dev.concierge.core.access.Caller;
import dev.concierge.core.ports.OrganizationScopes;
import dev.concierge.core.ports.OrganizationScopes.Scope;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the rest of an authenticated /api/v1 request inside the caller's organization scope, so the
 * database itself refuses rows of other organizations even to a query that forgot to ask for its
 * own. The key lookup that decides the organization runs before, outside any scope.
 *
 * <p>Javalin runs a request's before, endpoint and after handlers on one thread, and the after
 * handlers also when a handler threw. The scope is also remembered per thread, so a request that
 * somehow left without its after handlers cannot hand its scope to the thread's next request.
 */
final class OrganizationScoping {
  private static final Logger log = LoggerFactory.getLogger(OrganizationScoping.class);

  private final OrganizationScopes scopes;
  private final ThreadLocal<Scope> open = new ThreadLocal<>();

  OrganizationScoping(OrganizationScopes scopes) {
    this.scopes = scopes;
  }

  /**
   * After authentication. A route that authentication lets through without a caller has no
   * organization to be confined to, and runs unscoped.
   */
  void enter(Context ctx) {
    leaveLeftover();
    Caller caller = Authentication.authenticated(ctx);
    if (caller != null) {
      open.set(scopes.enter(caller.orgId()));
    }
  }

  /** Before anything else of a request. */
  void leaveLeftover() {
    if (open.get() != null) {
      log.warn("An organization scope was left open by an earlier request on this thread");
      leave();
    }
  }

  /** After everything else of a request, whatever its outcome. */
  void leave() {
    Scope scope = open.get();
    if (scope != null) {
      open.remove();
      scope.close();
    }
  }
}
