package dev.concierge.cli.audit;

import dev.concierge.core.errors.UnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The running server the audit talks to, over {@code java.net.http}, with its admin key. */
final class ApiClient {
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String apiKey;

  ApiClient(URI baseUrl, String apiKey) {
    this.base = baseUrl.toString().replaceAll("/+$", "");
    this.apiKey = apiKey;
  }

  /**
   * Whether anything answers at all, before any check runs.
   *
   * @throws UnavailableException when the server cannot be reached
   */
  void reach() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/health"))
            .timeout(Duration.ofSeconds(10))
            .build();
    try {
      client.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new UnavailableException("cannot reach the API at " + base + ": " + reason, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnavailableException("interrupted while reaching " + base, e);
    }
  }

  /**
   * Sends one request; {@code credential} is {@link #apiKey()}, an access token, or null for none.
   * {@code body}, when not null, goes as JSON. A {@code 429} is waited out as its {@code
   * Retry-After} says and sent again, a few times: the audit makes more requests than one key's
   * burst allows, and a check should judge the API's answer, not the audit's own pace.
   */
  HttpResponse<String> send(String method, String target, String credential, String body)
      throws IOException, InterruptedException {
    return send(method, target, credential, body, "application/json");
  }

  /** As {@link #send(String, String, String, String)}, with a body of {@code contentType}. */
  HttpResponse<String> send(
      String method, String target, String credential, String body, String contentType)
      throws IOException, InterruptedException {
    HttpResponse<String> response = sendOnce(method, target, credential, body, contentType);
    for (int retry = 0; retry < MAX_RETRIES && response.statusCode() == 429; retry++) {
      Thread.sleep(retryAfter(response).toMillis());
      response = sendOnce(method, target, credential, body, contentType);
    }
    return response;
  }

  private static final int MAX_RETRIES = 5;
  private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

  private static Duration retryAfter(HttpResponse<String> response) {
    long seconds =
        response
            .headers()
            .firstValue("Retry-After")
            .filter(value -> value.matches("\\d{1,4}"))
            .map(Long::parseLong)
            .orElse(1L);
    Duration wait = Duration.ofSeconds(Math.max(1, seconds));
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }

  private HttpResponse<String> sendOnce(
      String method, String target, String credential, String body, String contentType)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + target))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (credential != null) {
      request.header("Authorization", "Bearer " + credential);
    }
    if (body != null) {
      request.header("Content-Type", contentType);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  String apiKey() {
    return apiKey;
  }
}
