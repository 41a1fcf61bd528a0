package dev.concierge.web;

import io.javalin.http.HandlerType;
import java.util.Objects;

/**
 * One page or form of the portal, declared once by the class that serves it: method, path, who may
 * use it, and the handler. {@link RequestCycle} checks the session, the CSRF token of a POST and
 * the access before the handler runs.
 */
record PortalRoute(HandlerType method, String path, Access access, PageHandler handler) {
  PortalRoute {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(handler, "handler");
  }

  static PortalRoute get(String path, Access access, PageHandler handler) {
    return new PortalRoute(HandlerType.GET, path, access, handler);
  }

  static PortalRoute post(String path, Access access, PageHandler handler) {
    return new PortalRoute(HandlerType.POST, path, access, handler);
  }
}
