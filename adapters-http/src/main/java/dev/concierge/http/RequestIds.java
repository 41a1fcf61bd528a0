package dev.concierge.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request carries an id: the caller's {@code X-Request-Id} when it is a sane token, otherwise
 * a new one. It is echoed in the response, put in every log line of the request, and is the {@code
 * correlation_id} of any problem.
 */
final class RequestIds {
  static final String HEADER = "X-Request-Id";
  static final String MDC_KEY = "request_id";
  private static final String ATTRIBUTE = "concierge.request-id";
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

  private RequestIds() {}

  static String assign(Context ctx) {
    String offered = ctx.header(HEADER);
    String id =
        offered != null && SAFE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    ctx.attribute(ATTRIBUTE, id);
    ctx.header(HEADER, id);
    return id;
  }

  static String of(Context ctx) {
    String id = ctx.attribute(ATTRIBUTE);
    return id == null ? assign(ctx) : id;
  }
}
