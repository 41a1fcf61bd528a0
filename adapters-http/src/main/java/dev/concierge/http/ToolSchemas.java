package dev.concierge.http;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concierge.core.agents.llm.ToolDefinition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An operation of openapi.json as a tool the model reads: named by its operationId, described by
 * its summary and description, and taking one flat JSON object whose members are the operation's
 * path parameters, its query parameters and its body's fields, under their own names.
 *
 * <p>Flat rather than a {@code body} member beside the parameters: a model fills one level of named
 * fields most reliably (a wrapper is the member it most often forgets or repeats), the runtime's
 * input check sees the body's required fields and enums only at the top level, and the API's field
 * errors then name exactly the members the model sent ({@code date_value}, {@code
 * reminder_rules[0].lead_time_days}). No operation uses one name twice; the catalogue refuses to be
 * built if one does. {@code org_id} is left out everywhere: a run works in its caller's
 * organization, and naming another is only ever refused.
 *
 * <p>Schemas keep the JSON Schema keywords Claude reads ({@link #KEPT}: types, enums, formats such
 * as uuid, date and date-time, bounds, descriptions); references are resolved in place and {@code
 * allOf} parts merged, since the Messages API takes no {@code $ref} target document and refuses
 * {@code allOf}, {@code anyOf} and {@code oneOf} at the top of an input schema. What OpenAPI adds
 * to JSON Schema ({@code writeOnly}, {@code example}) is dropped.
 */
final class ToolSchemas {
  static final Set<String> KEPT =
      Set.of(
          "type",
          "description",
          "enum",
          "const",
          "format",
          "default",
          "properties",
          "required",
          "additionalProperties",
          "items",
          "minimum",
          "maximum",
          "minLength",
          "maxLength",
          "pattern",
          "minItems",
          "maxItems");

  /** What no tool takes: the caller's organization is the run's. */
  static final String LEFT_OUT = "org_id";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private final OpenApiDocument document;

  ToolSchemas(OpenApiDocument document) {
    this.document = document;
  }

  /**
   * An operation's input, split back the way the request carries it.
   *
   * @param pathParameters in the order of the path
   * @param takesBody whether the members that are no parameter go into a JSON body
   */
  record ToolInput(
      ToolDefinition definition,
      List<String> pathParameters,
      Set<String> queryParameters,
      boolean takesBody) {
    ToolInput {
      pathParameters = List.copyOf(pathParameters);
      queryParameters = Set.copyOf(queryParameters);
    }
  }

  /**
   * @throws IllegalStateException when the document has no such operation, or the operation uses a
   *     name both as a parameter and as a body field
   */
  ToolInput describe(String method, String path) {
    JsonNode entry = document.operation(method, path);
    if (!entry.isObject()) {
      throw new IllegalStateException(method + " " + path + " is not in openapi.json");
    }
    String name = entry.path("operationId").asText();
    ObjectNode properties = JSON.createObjectNode();
    Set<String> required = new LinkedHashSet<>();
    List<String> inPath = new ArrayList<>();
    Set<String> inQuery = new LinkedHashSet<>();
    for (JsonNode parameter : document.parameters(method, path)) {
      String parameterName = parameter.path("name").asText();
      String in = parameter.path("in").asText();
      if (parameterName.equals(LEFT_OUT) || !(in.equals("path") || in.equals("query"))) {
        continue;
      }
      ObjectNode property = schema(parameter.path("schema"));
      if (parameter.has("description")) {
        property.put("description", parameter.get("description").asText());
      }
      properties.set(parameterName, property);
      if (in.equals("path")) {
        inPath.add(parameterName);
      } else {
        inQuery.add(parameterName);
      }
      if (in.equals("path") || parameter.path("required").asBoolean()) {
        required.add(parameterName);
      }
    }
    JsonNode bodySchema = document.bodySchema(method, path);
    if (!bodySchema.isMissingNode()) {
      ObjectNode body = schema(bodySchema);
      for (var field : body.path("properties").properties()) {
        if (field.getKey().equals(LEFT_OUT)) {
          continue;
        }
        if (properties.has(field.getKey())) {
          throw new IllegalStateException(
              name + " takes " + field.getKey() + " both as a parameter and in its body");
        }
        properties.set(field.getKey(), field.getValue());
      }
      body.path("required").forEach(field -> required.add(field.asText()));
      required.remove(LEFT_OUT);
    }
    ObjectNode input = JSON.createObjectNode();
    input.put("type", "object");
    input.set("properties", properties);
    if (!required.isEmpty()) {
      ArrayNode names = input.putArray("required");
      required.forEach(names::add);
    }
    input.put("additionalProperties", false);
    ToolDefinition definition =
        new ToolDefinition(name, description(entry), JSON.convertValue(input, OBJECT));
    return new ToolInput(definition, inPath, inQuery, !bodySchema.isMissingNode());
  }

  private static String description(JsonNode entry) {
    String summary = entry.path("summary").asText("").strip();
    String more = entry.path("description").asText("").strip();
    if (more.isEmpty() || summary.isEmpty()) {
      return summary + more;
    }
    return (summary.endsWith(".") ? summary : summary + ".") + "\n\n" + more;
  }

  /** The schema with its references resolved, its allOf parts merged, and only {@link #KEPT}. */
  private ObjectNode schema(JsonNode node) {
    JsonNode resolved = document.resolve(node);
    ObjectNode out = JSON.createObjectNode();
    for (JsonNode part : resolved.path("allOf")) {
      merge(out, schema(part));
    }
    for (var member : resolved.properties()) {
      String keyword = member.getKey();
      JsonNode value = member.getValue();
      if (!KEPT.contains(keyword)) {
        continue;
      }
      switch (keyword) {
        case "properties" -> {
          ObjectNode each = out.has("properties") ? (ObjectNode) out.get("properties") : null;
          if (each == null) {
            each = out.putObject("properties");
          }
          for (var property : value.properties()) {
            each.set(property.getKey(), schema(property.getValue()));
          }
        }
        case "items" -> out.set("items", schema(value));
        case "additionalProperties" ->
            out.set(keyword, value.isObject() ? schema(value) : value.deepCopy());
        case "required" -> merge(out, JSON.createObjectNode().set("required", value));
        default -> out.set(keyword, value.deepCopy());
      }
    }
    return out;
  }

  /** One allOf part into the schema so far: properties and required fields add up. */
  private static void merge(ObjectNode into, ObjectNode part) {
    for (var member : part.properties()) {
      String keyword = member.getKey();
      JsonNode value = member.getValue();
      if (keyword.equals("properties") && into.has("properties")) {
        ((ObjectNode) into.get("properties")).setAll((ObjectNode) value);
      } else if (keyword.equals("required") && into.has("required")) {
        Set<String> names = new LinkedHashSet<>();
        into.get("required").forEach(n -> names.add(n.asText()));
        value.forEach(n -> names.add(n.asText()));
        ArrayNode merged = into.putArray("required");
        names.forEach(merged::add);
      } else if (!into.has(keyword)) {
        into.set(keyword, value.deepCopy());
      }
    }
  }
}
