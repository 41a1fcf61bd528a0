package dev.concierge.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request carries an id: the caller's {@code X-Request-Id} when it is a sane token, otherwise
 * a new one. It is echoed in the response, put in every log line of the request, and is the {@code
 * correlation_id} of any problem. Ids beginning {@code agent-} are the assistant's own (see {@link
 * InProcessCalls}).
 */
final class RequestIds {
  static final String HEADER = "X-Request-Id";
  static final String MDC_KEY = "request_id";
  private static final String ATTRIBUTE = "concierge.request-id";
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

  private RequestIds() {}

  static String assign(Context ctx) {
    String offered = ctx.header(HEADER);
    String id = accepted(ctx, offered) ? offered : UUID.randomUUID().toString();
    ctx.attribute(ATTRIBUTE, id);
    ctx.header(HEADER, id);
    return id;
  }

  /**
   * The assistant's calls are told apart in the audit log by their prefix, so only they may use it:
   * a client sending it gets a fresh id instead.
   */
  private static boolean accepted(Context ctx, String offered) {
    return offered != null
        && SAFE.matcher(offered).matches()
        && (!offered.startsWith(InProcessCalls.REQUEST_ID_PREFIX)
            || InProcessCalls.isInProcess(ctx));
  }

  /**
   * The id of the assistant's calls for a caller: the caller's own request's id (the chat's),
   * marked as the assistant's, so its audit entries lead back to that request; a fresh one when
   * that would not make a sane id.
   */
  static String ofAssistant(String callerRequestId) {
    String id = InProcessCalls.REQUEST_ID_PREFIX + callerRequestId;
    return callerRequestId != null && SAFE.matcher(id).matches()
        ? id
        : InProcessCalls.REQUEST_ID_PREFIX + UUID.randomUUID();
  }

  static String of(Context ctx) {
    String id = ctx.attribute(ATTRIBUTE);
    return id == null ? assign(ctx) : id;
  }
}
