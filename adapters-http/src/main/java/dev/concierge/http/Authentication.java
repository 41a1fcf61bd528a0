package dev.concierge.http;

import dev.concierge.core.access.ApiKeys;
import dev.concierge.core.access.Caller;
import dev.concierge.core.accounts.AccountSessions;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.errors.UnauthenticatedException;
import io.javalin.http.Context;
import java.util.Locale;
import org.slf4j.MDC;

/**
 * Every /api/v1 request but the sign-in itself names its credential as {@code Authorization: Bearer
 * <credential>}: an API key ({@code ck_…}, for machines) or an access token from signing in (a JWT,
 * three dot-separated parts, for people). The credential decides the organization; an org_id query
 * parameter may only repeat it. Rate limits apply here, where the caller and the client address are
 * both known.
 *
 * <p>A request the service writes to itself ({@link InProcessCalls}, an agent's tool call) names a
 * one-time {@link InProcessCredentials} credential instead, and nothing else is accepted from that
 * connector. It has no network address to throttle; the caller's own rate limit, the role table and
 * the org_id check apply to it as to any request.
 */
final class Authentication {
  /** The log lines of an authenticated request carry its organization. */
  static final String ORG_MDC_KEY = "org_id";

  private static final String ATTRIBUTE = "concierge.caller";
  private static final String BEARER = "bearer ";
  private static final String MISSING =
      "Send an API key or an access token as \"Authorization: Bearer <key or token>\".";

  private final ApiKeys apiKeys;
  private final AccountSessions sessions;
  private final RateLimiting rateLimiting;
  private final InProcessCredentials inProcess;

  Authentication(
      ApiKeys apiKeys,
      AccountSessions sessions,
      RateLimiting rateLimiting,
      InProcessCredentials inProcess) {
    this.apiKeys = apiKeys;
    this.sessions = sessions;
    this.rateLimiting = rateLimiting;
    this.inProcess = inProcess;
  }

  void authenticate(Context ctx) {
    DocumentedOperation operation = DocumentedOperation.of(ctx);
    if (operation == null) {
      // a route registered around the declared operations: refused rather than open to everyone
      throw new ForbiddenException("No role may call this route.");
    }
    Access access = operation.operation().access();
    if (access == Access.PUBLIC) {
      return;
    }
    String header = ctx.header("Authorization");
    if (header == null
        || header.length() <= BEARER.length()
        || !header.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
      throw new UnauthenticatedException(MISSING);
    }
    String presented = header.substring(BEARER.length()).strip();
    Caller caller =
        InProcessCalls.isInProcess(ctx) ? inProcess.redeem(presented) : fromNetwork(ctx, presented);
    caller = caller.withRequestId(RequestIds.of(ctx));
    ctx.attribute(ATTRIBUTE, caller);
    MDC.put(ORG_MDC_KEY, caller.orgId().toString());
    rateLimiting.admit(ctx, caller);
    access.check(caller);
    caller.requireOwnOrganization(Params.queryUuid(ctx, "org_id"));
  }

  /**
   * An API key or an access token; an in-process credential is refused here like any invalid one,
   * and spends the address's allowance as one, whether or not it is live.
   */
  private Caller fromNetwork(Context ctx, String presented) {
    String address = ClientAddress.of(ctx);
    rateLimiting.refuseWhileBlocked(address);
    try {
      if (InProcessCredentials.isOne(presented)) {
        throw InProcessCredentials.refusedHere();
      }
      return isToken(presented)
          ? sessions.authenticate(presented)
          : apiKeys.authenticate(presented);
    } catch (UnauthenticatedException e) {
      rateLimiting.failedFrom(address);
      throw e;
    }
  }

  static Caller caller(Context ctx) {
    Caller caller = authenticated(ctx);
    if (caller == null) {
      throw new UnauthenticatedException(MISSING);
    }
    return caller;
  }

  /** A JWT is three base64url parts joined by dots; an API key has no dot. */
  private static boolean isToken(String presented) {
    return !presented.startsWith("ck_") && presented.chars().filter(c -> c == '.').count() == 2;
  }

  /** The caller of an authenticated request, or null. */
  static Caller authenticated(Context ctx) {
    return ctx.attribute(ATTRIBUTE);
  }
}
