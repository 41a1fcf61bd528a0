package dev.concierge.web;

import dev.concierge.core.accounts.Account;
import dev.concierge.core.accounts.Accounts;
import dev.concierge.core.errors.UnauthenticatedException;
import dev.concierge.web.view.SignInForm;
import io.javalin.http.HttpStatus;
import java.util.List;

/**
 * Signing in with a staff account (the accounts and passwords of POST /api/v1/auth/login) and
 * signing out. A failed sign-in spends the address's allowance, as the API's does.
 */
final class SignInPages {
  private final Accounts accounts;
  private final PortalSessions sessions;
  private final SignInThrottle throttle;

  SignInPages(Accounts accounts, PortalSessions sessions, SignInThrottle throttle) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.throttle = throttle;
  }

  List<PortalRoute> routes() {
    return List.of(
        PortalRoute.get("/login", Access.PUBLIC, this::form),
        PortalRoute.post("/login", Access.PUBLIC, this::signIn),
        PortalRoute.post("/logout", Access.READ, this::signOut));
  }

  private void form(Visit visit) {
    Visit shown = visit;
    if (visit.session() == null) {
      PortalSession session = sessions.anonymous();
      SessionCookie.set(visit.ctx(), session);
      shown = visit.withSession(session);
    }
    shown.page(
        "sign_in.jte",
        "Sign in",
        "",
        new SignInForm("", safeNext(visit.query("next")), visit.query("signed_out") != null, null));
  }

  private void signIn(Visit visit) {
    String address = visit.ctx().ip();
    String email = visit.form("email");
    String next = safeNext(visit.form("next"));
    if (throttle.blocked(address)) {
      visit.page(
          "sign_in.jte",
          "Sign in",
          "",
          new SignInForm(email, next, false, "Too many failed attempts: wait a minute."),
          HttpStatus.TOO_MANY_REQUESTS);
      return;
    }
    Account account;
    try {
      account = accounts.login(email == null ? "" : email, orEmpty(visit.form("password")));
    } catch (UnauthenticatedException e) {
      throttle.failed(address);
      visit.page(
          "sign_in.jte",
          "Sign in",
          "",
          new SignInForm(email, next, false, "Wrong email address or password."),
          HttpStatus.UNAUTHORIZED);
      return;
    }
    PortalSession session =
        sessions.signedIn(visit.session(), account.orgId(), account.accountId());
    SessionCookie.set(visit.ctx(), session);
    visit.redirect(next);
  }

  private void signOut(Visit visit) {
    sessions.end(visit.session());
    SessionCookie.clear(visit.ctx());
    visit.redirect("/login?signed_out");
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  /** Only a path of this site: never another site, however the address is written. */
  static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.startsWith("/\\")
        || next.chars().anyMatch(c -> c < 0x20)) {
      return "/";
    }
    return next;
  }
}
