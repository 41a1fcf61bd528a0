package dev.concierge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser over plain HTTP, for the portal's walls: its cookies, and the CSRF token of the last
 * page it read. Redirects are not followed, so a test sees each 303.
 */
final class HttpVisitor {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  final ServedPortal at;
  final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  String csrf;

  HttpVisitor(ServedPortal at) {
    this.at = at;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(at.url(path))).build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = CSRF.matcher(response.body());
    if (m.find()) {
      csrf = m.group(1);
    }
    return response;
  }

  HttpResponse<String> post(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(at.url(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encoded(form)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A form with this visitor's CSRF token, as a page of the portal sends it. */
  HttpResponse<String> submit(String path, String... pairs)
      throws IOException, InterruptedException {
    Map<String, String> form = form(pairs);
    form.put("_csrf", csrf);
    return post(path, form);
  }

  HttpVisitor signIn(String email) throws IOException, InterruptedException {
    get("/login");
    HttpResponse<String> signedIn =
        post(
            "/login",
            form("_csrf", csrf, "email", email, "password", ServedPortal.PASSWORD, "next", "/"));
    assertThat(signedIn.statusCode()).isEqualTo(303);
    get("/");
    return this;
  }

  static Map<String, String> form(String... pairs) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    return form;
  }

  static String encoded(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
