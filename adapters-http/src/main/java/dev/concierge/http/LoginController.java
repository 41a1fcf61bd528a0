package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.accounts.AccountSessions;
import dev.concierge.core.accounts.SignedIn;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.UnauthenticatedException;
import io.javalin.http.Context;
import java.util.List;

/**
 * POST /api/v1/auth/login: an email address and password for a short-lived access token. The one
 * /api/v1 route without authentication (it is how a person gets some), so it guards itself: a wrong
 * password spends the client address's allowance of failed authentications, like a wrong API key.
 */
final class LoginController {
  static final String PATH = "/api/v1/auth/login";

  private final AccountSessions sessions;
  private final RateLimiting rateLimiting;
  private final ObjectMapper json;

  LoginController(AccountSessions sessions, RateLimiting rateLimiting, ObjectMapper json) {
    this.sessions = sessions;
    this.rateLimiting = rateLimiting;
    this.json = json;
  }

  List<Operation> operations() {
    return List.of(Operation.post(PATH, "signIn", Access.PUBLIC, this::login));
  }

  private void login(Context ctx) {
    String address = ClientAddress.of(ctx);
    rateLimiting.refuseWhileBlocked(address);
    JsonBody body = JsonBody.read(ctx, json);
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
