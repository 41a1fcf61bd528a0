package dev.concierge.core.agents.llm;

import java.util.Map;
import java.util.Objects;

/**
 * A tool the model may call: its name, what it does, and the JSON Schema its input must match.
 *
 * @param name letters, digits, {@code _} and {@code -}, at most 64 (the Messages API's rule; our
 *     operationIds are camelCase and fit)
 * @param inputSchema a JSON Schema of {@code "type": "object"} as a {@link JsonTree}
 */
public record ToolDefinition(String name, String description, Map<String, Object> inputSchema) {
  private static final String NAME = "[A-Za-z0-9_-]{1,64}";

  public ToolDefinition {
    Objects.requireNonNull(name, "name");
    if (!name.matches(NAME)) {
      throw new IllegalArgumentException("a tool name must match " + NAME + ", got " + name);
    }
    Objects.requireNonNull(description, "description");
    inputSchema = JsonTree.copyObject(inputSchema);
    if (!"object".equals(inputSchema.get("type"))) {
      throw new IllegalArgumentException(
          "the input schema of " + name + " must be of type object, as the API requires");
    }
  }
}
