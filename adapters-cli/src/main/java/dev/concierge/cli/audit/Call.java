package dev.concierge.cli.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One call to make and check: its route template (whose placeholders the audit's ids fill), query
 * and body, and the credential it goes with (the admin key unless told otherwise).
 */
final class Call {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
  static final String UUID_TEXT = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  /** An id that names nothing, shown as {unknown}. */
  static final String UNKNOWN_ID = "00000000-0000-4000-8000-00000000a0d1";

  private final AuditRun run;
  private final String method;
  private final String route;
  private final Map<String, String> overrides = new HashMap<>();
  private String query;
  private String body;
  private String contentType = "application/json";
  private boolean authenticated = true;
  private String token;

  Call(AuditRun run, String method, String route) {
    this.run = run;
    this.method = method;
    this.route = route;
  }

  /** Fills {@code {placeholder}} with {@code value} instead of the id the audit remembered. */
  Call with(String placeholder, String value) {
    overrides.put(placeholder, value);
    return this;
  }

  Call query(String query) {
    this.query = query;
    return this;
  }

  Call body(Object... fieldsAndValues) {
    ObjectNode node = JSON.createObjectNode();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      node.set((String) fieldsAndValues[i], JSON.valueToTree(fieldsAndValues[i + 1]));
    }
    this.body = node.toString();
    return this;
  }

  /** Sends {@code content} as the body, as {@code type} (a CSV file, say) rather than JSON. */
  Call file(String type, String content) {
    this.contentType = type;
    this.body = content;
    return this;
  }

  Call withoutKey() {
    authenticated = false;
    return this;
  }

  /** Authenticates with a signed-in account's access token instead of the key. */
  Call withToken(String accessToken) {
    token = accessToken;
    return this;
  }

  /**
   * Makes the call and records whether it answered {@code status} with the essentials.
   *
   * @return the answer when the check passed, else null
   */
  Reply expect(int status, Essential... essentials) {
    String shown = route + (query == null ? "" : "?" + abbreviate(query));
    StringBuilder path = new StringBuilder();
    Matcher placeholder = PLACEHOLDER.matcher(route);
    while (placeholder.find()) {
      String name = placeholder.group(1);
      String value = overrides.getOrDefault(name, run.id(name));
      if (value == null) {
        return run.record(new Check(method, shown, route, 0, false, "not run: no " + name), null);
      }
      if (value.equals(UNKNOWN_ID)) {
        shown = shown.replace("{" + name + "}", "{unknown}");
      } else if (!value.matches(UUID_TEXT)) {
        shown = shown.replace("{" + name + "}", value);
      }
      placeholder.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    placeholder.appendTail(path);
    String credential =
        authenticated && route.startsWith("/api/")
            ? (token == null ? run.client().apiKey() : token)
            : null;
    Reply reply;
    try {
      reply =
          new Reply(
              run.client()
                  .send(
                      method,
                      path + (query == null ? "" : "?" + query),
                      credential,
                      body,
                      contentType));
    } catch (IOException e) {
      return run.record(
          new Check(method, shown, route, 0, false, "no answer: " + e.getMessage()), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return run.record(new Check(method, shown, route, 0, false, "interrupted"), null);
    }
    try {
      verify(reply, status, essentials);
      return run.record(new Check(method, shown, route, reply.status(), true, null), reply);
    } catch (Failure e) {
      return run.record(
          new Check(method, shown, route, reply.status(), false, e.getMessage()), null);
    }
  }

  /** What every answer must show, then what this check asks for. */
  private static void verify(Reply reply, int status, Essential... essentials) {
    if (reply.status() != status) {
      String detail = reply.status() >= 400 ? ": " + reply.json().path("detail").asText("") : "";
      throw new Failure("expected " + status + detail);
    }
    if (reply.header("X-Request-Id") == null) {
      throw new Failure("no X-Request-Id");
    }
    if (status >= 400) {
      String type = String.valueOf(reply.header("Content-Type"));
      if (!type.startsWith("application/problem+json")) {
        throw new Failure("a problem must be application/problem+json, not " + type);
      }
      if (reply.json().path("status").asInt() != status || !reply.json().has("title")) {
        throw new Failure("the problem lacks its status or title");
      }
    }
    if (status == 201) {
      String location = reply.header("Location");
      String id = reply.firstId();
      // a message or relationship has no URL of its own: its Location is the list it is in
      boolean located =
          location != null
              && (location.endsWith("/" + id) || location.endsWith(reply.requestPath()));
      if (id == null || !located) {
        throw new Failure("a create needs its id and a Location");
      }
    }
    for (Essential essential : essentials) {
      essential.verify(reply);
    }
  }

  /** A query with its UUIDs shown as their parameter's placeholder. */
  private static String abbreviate(String query) {
    return query.replaceAll("([a-z_]+)=" + UUID_TEXT, "$1={$1}");
  }
}
