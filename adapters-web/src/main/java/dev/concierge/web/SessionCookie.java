package dev.concierge.web;

import io.javalin.http.Context;

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends
 * it, the first wall against cross-site forms), Path=/, and Secure when the request came over https
 * (directly, or through a proxy that terminated TLS and says so in X-Forwarded-Proto). No expiry:
 * the browser forgets it when it closes, the server after a day without use.
 */
final class SessionCookie {
  static final String NAME = "concierge_session";

  private SessionCookie() {}

  static String read(Context ctx) {
    return ctx.cookie(NAME);
  }

  static void set(Context ctx, PortalSession session) {
    ctx.res().addHeader("Set-Cookie", NAME + "=" + session.id() + attributes(ctx));
  }

  static void clear(Context ctx) {
    ctx.res().addHeader("Set-Cookie", NAME + "=; Max-Age=0" + attributes(ctx));
  }

  private static String attributes(Context ctx) {
    return "; Path=/; HttpOnly; SameSite=Strict" + (overHttps(ctx) ? "; Secure" : "");
  }

  static boolean overHttps(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme())
        || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }
}
