package dev.concierge.http;

import dev.concierge.core.access.ApiKeys;
import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.UnauthenticatedException;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * Every /api/v1 request names its API key as {@code Authorization: Bearer <key>}. The key decides
 * the organization; an org_id query parameter may only repeat it. Rate limits apply here, where the
 * key and the client address are both known.
 */
final class Authentication {
  private static final String ATTRIBUTE = "concierge.caller";
  private static final String BEARER = "bearer ";

  private final ApiKeys apiKeys;
  private final RateLimiting rateLimiting;

  Authentication(ApiKeys apiKeys, RateLimiting rateLimiting) {
    this.apiKeys = apiKeys;
    this.rateLimiting = rateLimiting;
  }

  void authenticate(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null
        || header.length() <= BEARER.length()
        || !header.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
      throw new UnauthenticatedException("Send an API key as \"Authorization: Bearer <key>\".");
    }
    String address = ClientAddress.of(ctx);
    rateLimiting.refuseWhileBlocked(address);
    Caller caller;
    try {
      caller = apiKeys.authenticate(header.substring(BEARER.length()).strip());
    } catch (UnauthenticatedException e) {
      rateLimiting.failedFrom(address);
      throw e;
    }
    caller = caller.withRequestId(RequestIds.of(ctx));
    ctx.attribute(ATTRIBUTE, caller);
    rateLimiting.admit(ctx, caller);
    caller.requireOwnOrganization(Params.queryUuid(ctx, "org_id"));
  }

  static Caller caller(Context ctx) {
    Caller caller = authenticated(ctx);
    if (caller == null) {
      throw new UnauthenticatedException("Send an API key as \"Authorization: Bearer <key>\".");
    }
    return caller;
  }

  /** The caller of an authenticated request, or null. */
  static Caller authenticated(Context ctx) {
    return ctx.attribute(ATTRIBUTE);
  }
}
