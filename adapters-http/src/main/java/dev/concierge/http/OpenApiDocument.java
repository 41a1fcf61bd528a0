package dev.concierge.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand-written openapi.json, read once. It is the contract (spec-first): what each operation
 * accepts, its query parameters and body fields, is read from here, so it is declared once and what
 * the server refuses is what the document leaves out.
 */
final class OpenApiDocument {
  private static final String RESOURCE = "/openapi.json";
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

  private final JsonNode root;

  private OpenApiDocument(JsonNode root) {
    this.root = root;
  }

  static OpenApiDocument load() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return new OpenApiDocument(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document as served: {@code info.version} is the running build's version. */
  byte[] served(String version) {
    ObjectNode copy = root.deepCopy();
    ((ObjectNode) copy.path("info")).put("version", version);
    try {
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(copy);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The operation with what its entry accepts.
   *
   * @throws IllegalStateException when the document has no such operation, names it otherwise, or
   *     gives it other path parameters: the declaration and the document must not drift apart
   */
  DocumentedOperation document(Operation operation) {
    JsonNode entry = operation(operation.method().name(), operation.path());
    if (!entry.isObject()) {
      throw new IllegalStateException(operation.route() + " is not in openapi.json");
    }
    String documentedId = entry.path("operationId").asText();
    if (!documentedId.equals(operation.operationId())) {
      throw new IllegalStateException(
          operation.route()
              + " is declared as "
              + operation.operationId()
              + " but openapi.json calls it "
              + (documentedId.isEmpty() ? "nothing" : documentedId));
    }
    Set<String> query = new HashSet<>();
    Set<String> inPath = new TreeSet<>();
    for (JsonNode parameter : parameters(operation.method().name(), operation.path())) {
      switch (parameter.path("in").asText()) {
        case "query" -> query.add(parameter.path("name").asText());
        case "path" -> inPath.add(parameter.path("name").asText());
        default -> {}
      }
    }
    Set<String> templated = new TreeSet<>();
    for (Matcher m = PATH_PARAMETER.matcher(operation.path()); m.find(); ) {
      templated.add(m.group(1));
    }
    if (!templated.equals(inPath)) {
      throw new IllegalStateException(
          operation.route() + " has path parameters " + templated + ", openapi.json " + inPath);
    }
    JsonNode schema = bodySchema(operation.method().name(), operation.path());
    return new DocumentedOperation(
        operation, query, schema.isMissingNode() ? BodyFields.NONE : fields(schema));
  }

  /** The properties of an object schema, its allOf parts' included. */
  private BodyFields fields(JsonNode schema) {
    schema = resolve(schema);
    Set<String> names = new HashSet<>();
    Map<String, BodyFields> items = new HashMap<>();
    schema
        .path("properties")
        .properties()
        .forEach(
            property -> {
              names.add(property.getKey());
              JsonNode itemSchema = resolve(resolve(property.getValue()).path("items"));
              if (itemSchema.has("properties") || itemSchema.has("allOf")) {
                items.put(property.getKey(), fields(itemSchema));
              }
            });
    for (JsonNode part : schema.path("allOf")) {
      BodyFields partFields = fields(part);
      names.addAll(partFields.names());
      items.putAll(partFields.items());
    }
    return new BodyFields(names, items);
  }

  /** Where an operation is: its method (upper case) and path template. */
  record Located(String method, String path) {}

  /** The operation of that operationId; empty when the document has none. */
  Optional<Located> locate(String operationId) {
    for (var path : root.path("paths").properties()) {
      for (var entry : path.getValue().properties()) {
        if (entry.getValue().path("operationId").asText().equals(operationId)) {
          return Optional.of(new Located(entry.getKey().toUpperCase(Locale.ROOT), path.getKey()));
        }
      }
    }
    return Optional.empty();
  }

  /** The entry of the operation at {@code path} with {@code method}; missing when there is none. */
  JsonNode operation(String method, String path) {
    return root.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
  }

  /** The parameters of an operation, those its path shares first, each resolved. */
  List<JsonNode> parameters(String method, String path) {
    List<JsonNode> parameters = new ArrayList<>();
    for (JsonNode declared :
        new JsonNode[] {
          root.path("paths").path(path).path("parameters"),
          operation(method, path).path("parameters")
        }) {
      declared.forEach(parameter -> parameters.add(resolve(parameter)));
    }
    return parameters;
  }

  /** The JSON Schema of an operation's request body; missing when it takes none. */
  JsonNode bodySchema(String method, String path) {
    return resolve(operation(method, path).path("requestBody"))
        .path("content")
        .path("application/json")
        .path("schema");
  }

  /** The node a {@code $ref} points at, followed until it is no reference. */
  JsonNode resolve(JsonNode node) {
    while (node.has("$ref")) {
      JsonNode target = root;
      for (String part : node.get("$ref").asText().substring(2).split("/")) {
        target = target.path(part);
      }
      node = target;
    }
    return node;
  }
}
