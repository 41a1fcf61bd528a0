package dev.concierge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The API of a running service as one key calls it, each call expecting its status. */
record TestApi(int port, String key) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** A new client in London, reached on {@code channel} at {@code identity}; their id. */
  String client(String name, String channel, String identity) {
    String person =
        post(
                "/api/v1/persons",
                Map.of("full_name", name, "person_type", "client", "timezone", "Europe/London"))
            .get("person_id")
            .asText();
    post(
        "/api/v1/persons/" + person + "/comm-identities",
        Map.of("channel_type", channel, "identity_value", identity));
    return person;
  }

  JsonNode get(String path) {
    return send("GET", path, null, 200);
  }

  JsonNode post(String path, Object body) {
    return send("POST", path, body, 201);
  }

  JsonNode put(String path, Object body) {
    return send("PUT", path, body, 200);
  }

  private JsonNode send(String method, String path, Object body, int expected) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .header("Authorization", "Bearer " + key)
              .header("Content-Type", "application/json")
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode())
          .as(method + " " + path + ": " + response.body())
          .isEqualTo(expected);
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
