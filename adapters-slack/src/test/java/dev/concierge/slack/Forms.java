package dev.concierge.slack;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the form bodies the Slack SDK posts to the Web API, as the fakes receive them. */
final class Forms {
  private Forms() {}

  static Map<String, String> parse(String contentType, String body) {
    Map<String, String> form = new LinkedHashMap<>();
    if (contentType == null
        || !contentType.startsWith("application/x-www-form-urlencoded")
        || body.isEmpty()) {
      return form;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      form.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return form;
  }
}
