package dev.concierge.web;

import dev.concierge.core.UseCases;
import dev.concierge.core.access.Caller;
import dev.concierge.core.accounts.Account;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.UnauthenticatedException;
import dev.concierge.core.errors.UnavailableException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.ports.OrganizationScopes.Scope;
import dev.concierge.web.view.Problem;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every page and form goes through, in this order: security headers; the session from its
 * cookie; for a POST, the same origin and the session's CSRF token (a form field or, from htmx, a
 * header); for a page that needs an account, the account as it is now (deactivated: signed out; a
 * changed role applies at once) as the use cases' {@link Caller}; the page's access level; then the
 * handler, inside the caller's organization scope as an API request runs. A failure becomes an HTML
 * page with the status the API would answer.
 */
final class RequestCycle {
  private static final Logger log = LoggerFactory.getLogger(RequestCycle.class);
  static final String CSRF_FIELD = "_csrf";
  static final String CSRF_HEADER = "X-CSRF-Token";

  private final UseCases api;
  private final PortalSessions sessions;
  private final Templates templates;

  RequestCycle(UseCases api, PortalSessions sessions, Templates templates) {
    this.api = api;
    this.sessions = sessions;
    this.templates = templates;
  }

  Handler handler(PortalRoute route) {
    return ctx -> run(route, ctx);
  }

  private void run(PortalRoute route, Context ctx) {
    headers(ctx);
    PortalSession session = sessions.find(SessionCookie.read(ctx)).orElse(null);
    Visit visit = new Visit(ctx, session, null, templates);
    try {
      if (route.method() == HandlerType.POST) {
        requireSameOrigin(ctx);
        requireCsrfToken(ctx, session);
      }
      if (route.access() == Access.PUBLIC) {
        route.handler().handle(visit);
        return;
      }
      Caller caller = signedIn(session).orElse(null);
      if (caller == null) {
        toSignIn(ctx, route);
        return;
      }
      visit = new Visit(ctx, session, caller, templates);
      route.access().check(caller);
      Scope scope = api.organizationScope().enter(caller.orgId());
      try {
        route.handler().handle(visit);
      } finally {
        scope.close();
      }
    } catch (Exception e) {
      problem(visit, e);
    }
  }

  private Optional<Caller> signedIn(PortalSession session) {
    if (session == null || !session.signedIn()) {
      return Optional.empty();
    }
    Optional<Account> account = api.accounts().signedIn(session.orgId(), session.accountId());
    if (account.isEmpty()) {
      sessions.end(session);
    }
    return account.map(a -> Caller.account(a.accountId(), a.orgId(), a.displayName(), a.role()));
  }

  private static void toSignIn(Context ctx, PortalRoute route) {
    SessionCookie.clear(ctx);
    String next = route.method() == HandlerType.GET ? ctx.path() : "/";
    if (ctx.queryString() != null && route.method() == HandlerType.GET) {
      next += "?" + ctx.queryString();
    }
    String target =
        "/".equals(next)
            ? "/login"
            : "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    if (ctx.header("HX-Request") != null) {
      // htmx would swap the sign-in page into a fragment: have it load the whole page instead
      ctx.header("HX-Redirect", target);
      return;
    }
    ctx.redirect(target, HttpStatus.SEE_OTHER);
  }

  /**
   * A browser names the page a form came from in Origin; one from another site is refused even
   * before its token is read. (SameSite=Strict already keeps the cookie from such a request.)
   */
  private static void requireSameOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null || "null".equals(origin)) {
      return;
    }
    String host = ctx.header("Host");
    URI uri;
    try {
      uri = URI.create(origin);
    } catch (IllegalArgumentException e) {
      throw new ForbiddenException("This form came from another site.");
    }
    String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    if (host == null || !host.equalsIgnoreCase(authority)) {
      throw new ForbiddenException("This form came from another site.");
    }
  }

  private static void requireCsrfToken(Context ctx, PortalSession session) {
    String presented = ctx.header(CSRF_HEADER);
    if (presented == null) {
      presented = ctx.formParam(CSRF_FIELD);
    }
    if (session == null || !PortalSessions.sameToken(session.csrfToken(), presented)) {
      throw new ForbiddenException(
          "This form is out of date or was not sent from this site: reload the page and try again.");
    }
  }

  /**
   * Pages are private and change: not kept by caches, not framed by other sites, scripts and styles
   * from this server only (htmx's indicator styles are off, so no inline style is needed).
   */
  private static void headers(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
  }

  /** A refusal's field errors in one line, as the API's problem names them. */
  static String sentence(ValidationException refused) {
    return refused.errors().stream()
        .map(f -> f.field() + " " + f.message())
        .collect(Collectors.joining("; "));
  }

  private void problem(Visit visit, Exception e) {
    Context ctx = visit.ctx();
    String requestId = ctx.res().getHeader("X-Request-Id");
    Problem problem;
    if (e instanceof UnauthenticatedException) {
      SessionCookie.clear(ctx);
      problem = new Problem(401, "Signed out", e.getMessage(), requestId);
    } else if (e instanceof ForbiddenException) {
      problem = new Problem(403, "Not allowed", e.getMessage(), requestId);
    } else if (e instanceof NotFoundException) {
      problem =
          new Problem(404, "Not found", "There is no such page, or it was removed.", requestId);
    } else if (e instanceof ValidationException v) {
      problem = new Problem(400, "Not accepted", sentence(v), requestId);
    } else if (e instanceof ConflictException) {
      problem = new Problem(409, "Not possible now", e.getMessage(), requestId);
    } else if (e instanceof UnavailableException) {
      ctx.header("Retry-After", "5");
      problem =
          new Problem(
              503, "Unavailable", "The service cannot reach its database; try again.", requestId);
    } else {
      log.error("Page {} {} failed", ctx.method(), ctx.path(), e);
      problem =
          new Problem(
              500,
              "Something went wrong",
              "The failure was logged with this request's id.",
              requestId);
    }
    ctx.status(problem.status())
        .html(
            templates.render(
                "problem.jte",
                Map.of("layout", visit.layout(problem.title(), ""), "view", problem)));
  }
}
