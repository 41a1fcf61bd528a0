package dev.concierge.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Holds every response the API tests receive to the OpenAPI document: the status must be documented
 * for the operation, and the body must match its schema (types, formats, enums, required and
 * undocumented properties). A small checker for the subset of JSON Schema the document uses, so the
 * document cannot drift from what the server does.
 */
final class OpenApiConformance {
  static final JsonNode DOCUMENT = load();
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private OpenApiConformance() {}

  static void record(ApiServer.Response response) {
    String path = response.path().split("\\?")[0];
    String template = template(path);
    String method = response.method().toLowerCase(Locale.ROOT);
    if (template == null || !DOCUMENT.path("paths").path(template).has(method)) {
      return; // not a documented operation: the route test covers what exists
    }
    JsonNode operation = DOCUMENT.path("paths").path(template).path(method);
    JsonNode documented = operation.path("responses").path(Integer.toString(response.status()));
    if (documented.isMissingNode()) {
      throw new AssertionError(
          "undocumented status "
              + response.status()
              + " for "
              + method
              + " "
              + template
              + ": "
              + response.body());
    }
    JsonNode content = resolve(documented).path("content");
    if (content.isMissingNode() || content.isEmpty()) {
      return;
    }
    String type = response.header("Content-Type");
    String mediaType = type == null ? "" : type.split(";")[0].strip();
    JsonNode schema = content.path(mediaType).path("schema");
    if (schema.isMissingNode()) {
      throw new AssertionError(
          "undocumented content type " + mediaType + " for " + method + " " + template);
    }
    if (!mediaType.endsWith("json")) {
      // a calendar, a file (CSV, PDF), a page or plain text: its type is the documented one, its
      // bytes are not JSON; the calendar, file and page tests check the content
      return;
    }
    List<String> errors = new ArrayList<>();
    validate(schema, response.json(), "$", errors);
    if (!errors.isEmpty()) {
      throw new AssertionError(
          method + " " + template + " " + response.status() + " breaks the document: " + errors);
    }
  }

  /** The documented path template a concrete path matches, if any. */
  static String template(String path) {
    Iterator<String> templates = DOCUMENT.path("paths").fieldNames();
    while (templates.hasNext()) {
      String candidate = templates.next();
      if (path.matches(candidate.replaceAll("\\{[^}]+}", "[^/]+"))) {
        return candidate;
      }
    }
    return null;
  }

  static void validate(JsonNode schema, JsonNode value, String at, List<String> errors) {
    schema = resolve(schema);
    for (JsonNode part : schema.path("allOf")) {
      validate(part, value, at, errors);
    }
    JsonNode type = schema.path("type");
    if (!type.isMissingNode()) {
      List<String> types = new ArrayList<>();
      if (type.isArray()) {
        type.forEach(t -> types.add(t.asText()));
      } else {
        types.add(type.asText());
      }
      if (types.stream().noneMatch(t -> is(t, value))) {
        errors.add(at + " should be " + types + " but is " + value);
        return;
      }
    }
    if (value.isNull()) {
      return;
    }
    if (schema.has("enum")) {
      boolean listed = false;
      for (JsonNode allowed : schema.get("enum")) {
        listed |= allowed.equals(value);
      }
      if (!listed) {
        errors.add(at + " is " + value + ", not one of " + schema.get("enum"));
      }
    }
    if (value.isTextual()
        && schema.has("format")
        && !formatted(schema.get("format").asText(), value.asText())) {
      errors.add(at + " is not a " + schema.get("format").asText() + ": " + value);
    }
    if (value.isObject()) {
      for (JsonNode required : schema.path("required")) {
        if (!value.has(required.asText())) {
          errors.add(at + " lacks required " + required.asText());
        }
      }
      JsonNode properties = schema.path("properties");
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        if (properties.has(field.getKey())) {
          validate(
              properties.get(field.getKey()), field.getValue(), at + "." + field.getKey(), errors);
        } else if (schema.path("additionalProperties").isBoolean()
            && !schema.path("additionalProperties").asBoolean()) {
          errors.add(at + " has undocumented " + field.getKey());
        }
      }
    }
    if (value.isArray() && schema.has("items")) {
      int i = 0;
      for (JsonNode item : value) {
        validate(schema.get("items"), item, at + "[" + i++ + "]", errors);
      }
    }
  }

  private static boolean is(String type, JsonNode value) {
    return switch (type) {
      case "null" -> value.isNull();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      default -> false;
    };
  }

  private static boolean formatted(String format, String text) {
    try {
      switch (format) {
        case "uuid" -> {
          return UUID_TEXT.matcher(text).matches();
        }
        case "date" -> LocalDate.parse(text);
        case "date-time" -> Instant.parse(text);
        default -> {
          return true;
        }
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  static JsonNode resolve(JsonNode node) {
    while (node.has("$ref")) {
      JsonNode target = DOCUMENT;
      for (String part : node.get("$ref").asText().substring(2).split("/")) {
        target = target.path(part);
      }
      node = target;
    }
    return node;
  }

  /** Every "METHOD /path" the document describes. */
  static Set<String> operations() {
    return operationIds().keySet();
  }

  /** Every "METHOD /path" the document describes, and its operationId. */
  static SortedMap<String, String> operationIds() {
    SortedMap<String, String> operations = new TreeMap<>();
    DOCUMENT
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        method ->
                            operations.put(
                                method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                                method.getValue().path("operationId").asText())));
    return operations;
  }

  private static JsonNode load() {
    try (InputStream in = OpenApiConformance.class.getResourceAsStream("/openapi.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
