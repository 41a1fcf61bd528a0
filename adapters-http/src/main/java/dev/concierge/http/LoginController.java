package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.accounts.AccountSessions;
import dev.concierge.core.accounts.SignedIn;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.UnauthenticatedException;
import dev.concierge.core.errors.ValidationException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;

/**
 * POST /api/v1/auth/login: an email address and password for a short-lived access token. The one
 * /api/v1 route without authentication (it is how a person gets some), so it guards itself: a wrong
 * password spends the client address's allowance of failed authentications, like a wrong API key.
 */
final class LoginController {
  static final String PATH = "/api/v1/auth/login";
  private static final Set<String> FIELDS = Set.of("email", "password");

  private final AccountSessions sessions;
  private final RateLimiting rateLimiting;
  private final ObjectMapper json;

  LoginController(AccountSessions sessions, RateLimiting rateLimiting, ObjectMapper json) {
    this.sessions = sessions;
    this.rateLimiting = rateLimiting;
    this.json = json;
  }

  void register(RoutesConfig routes) {
    routes.post(PATH, this::login);
  }

  private void login(Context ctx) {
    String address = ClientAddress.of(ctx);
    rateLimiting.refuseWhileBlocked(address);
    String query = ctx.queryString();
    if (query != null && !query.isEmpty()) {
      // a URL is written to access logs and browser history, a body is not
      throw new ValidationException("query", "must be empty: credentials go in the body");
    }
    JsonBody body = JsonBody.read(ctx, json, FIELDS);
    String email = body.string("email");
    String password = body.string("password");
    body.validate();
    new FieldErrors().required("email", email).required("password", password).throwIfAny();
    SignedIn signedIn;
    try {
      signedIn = sessions.login(email, password);
    } catch (UnauthenticatedException e) {
      rateLimiting.failedFrom(address);
      throw e;
    }
    // a token must not be kept by a cache on the way (RFC 6749 §5.1)
    ctx.header("Cache-Control", "no-store");
    ctx.json(LoginJson.of(signedIn));
  }
}
