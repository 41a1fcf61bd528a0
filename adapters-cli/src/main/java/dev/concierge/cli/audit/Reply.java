package dev.concierge.cli.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The answer to one call, with the expectations the checks hold it to. */
final class Reply {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpResponse<String> response;
  private JsonNode json;

  Reply(HttpResponse<String> response) {
    this.response = response;
  }

  int status() {
    return response.statusCode();
  }

  String header(String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  String body() {
    return response.body();
  }

  /** The path the call went to, its ids filled in. */
  String requestPath() {
    return response.uri().getPath();
  }

  JsonNode json() {
    if (json == null) {
      try {
        json = JSON.readTree(response.body());
      } catch (IOException e) {
        throw new Failure("the body is not JSON");
      }
    }
    return json;
  }

  String text(String field) {
    JsonNode value = json().get(field);
    if (value == null || value.isNull()) {
      throw new Failure("no " + field + " in the body");
    }
    return value.asText();
  }

  /** The value of the first field named {@code …_id} other than org_id, or null. */
  String firstId() {
    for (Map.Entry<String, JsonNode> field : json().properties()) {
      if (field.getKey().endsWith("_id") && !field.getKey().equals("org_id")) {
        return field.getValue().asText();
      }
    }
    return null;
  }

  Reply expectField(String field, String expected) {
    String actual = text(field);
    if (!actual.equals(expected)) {
      throw new Failure(field + " is " + actual + ", expected " + expected);
    }
    return this;
  }

  Reply expectTotal(int atLeast) {
    String total = header("X-Total-Count");
    if (total == null || !total.matches("\\d+")) {
      throw new Failure("no X-Total-Count");
    }
    if (!json().isArray()) {
      throw new Failure("the body is not an array");
    }
    if (Integer.parseInt(total) < atLeast) {
      throw new Failure("X-Total-Count is " + total + ", expected at least " + atLeast);
    }
    return this;
  }

  /** A list whose first item has that field with that value. */
  Reply expectFirst(String field, String expected) {
    JsonNode first = json().path(0);
    if (!first.path(field).asText().equals(expected)) {
      throw new Failure("expected the first item's " + field + " " + expected + ", got " + body());
    }
    return this;
  }

  Reply expectErrorOn(String field) {
    List<String> fields = new ArrayList<>();
    json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
    if (!fields.contains(field)) {
      throw new Failure("errors name " + fields + ", not " + field);
    }
    return this;
  }
}
