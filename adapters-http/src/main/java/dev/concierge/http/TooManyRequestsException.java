package dev.concierge.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request refused by a rate limit: HTTP policy, not the platform's, so it lives here rather than
 * among core's errors. Carries the headers that tell the client when to come back.
 */
final class TooManyRequestsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Map<String, String> headers;

  TooManyRequestsException(String detail, long retryAfterSeconds, Map<String, String> more) {
    // no stack trace: refusing a flood must stay cheap, and the trace would say nothing
    super(detail, null, false, false);
    this.headers = withRetryAfter(retryAfterSeconds, more);
  }

  Map<String, String> headers() {
    return headers;
  }

  private static Map<String, String> withRetryAfter(long seconds, Map<String, String> more) {
    var all = new LinkedHashMap<>(more);
    all.put("Retry-After", Long.toString(seconds));
    return Collections.unmodifiableMap(all);
  }
}
