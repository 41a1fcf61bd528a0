package dev.concierge.core.agents;

import dev.concierge.core.errors.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Holds a tool call's input to the top level of the tool's JSON Schema before the operation sees
 * it: required members present, no member the schema closes out, each member of its type and enum.
 * The operation validates everything again; this check exists so that a model's slip comes back as
 * field errors it can act on, in the same words for every tool.
 */
public final class ToolInputCheck {
  private ToolInputCheck() {}

  /** Each way the input misses the schema's top level, by field; empty when it matches. */
  public static List<FieldError> errors(Map<String, Object> schema, Map<String, Object> input) {
    List<FieldError> errors = new ArrayList<>();
    Map<?, ?> properties = schema.get("properties") instanceof Map<?, ?> map ? map : Map.of();
    if (schema.get("required") instanceof List<?> required) {
      for (Object name : required) {
        if (input.get(String.valueOf(name)) == null) {
          errors.add(new FieldError(String.valueOf(name), "is required"));
        }
      }
    }
    boolean closed = Boolean.FALSE.equals(schema.get("additionalProperties"));
    for (Map.Entry<String, Object> member : input.entrySet()) {
      Object property = properties.get(member.getKey());
      if (property instanceof Map<?, ?> propertySchema) {
        String problem = mismatch(propertySchema, member.getValue());
        if (problem != null) {
          errors.add(new FieldError(member.getKey(), problem));
        }
      } else if (closed) {
        errors.add(new FieldError(member.getKey(), "is not a field of this operation"));
      }
    }
    return errors;
  }

  private static String mismatch(Map<?, ?> schema, Object value) {
    Object type = schema.get("type");
    List<?> types = type instanceof List<?> list ? list : type == null ? List.of() : List.of(type);
    if (!types.isEmpty() && types.stream().noneMatch(t -> isOfType(String.valueOf(t), value))) {
      return "must be " + String.join(" or ", types.stream().map(String::valueOf).toList());
    }
    if (value != null
        && schema.get("enum") instanceof List<?> allowed
        && !allowed.contains(value)) {
      return "must be one of " + String.join(", ", allowed.stream().map(String::valueOf).toList());
    }
    return null;
  }

  private static boolean isOfType(String type, Object value) {
    return switch (type) {
      case "null" -> value == null;
      case "string" -> value instanceof String;
      case "boolean" -> value instanceof Boolean;
      case "object" -> value instanceof Map;
      case "array" -> value instanceof List;
      case "number" -> value instanceof Number;
      case "integer" -> value instanceof Number number && isWhole(number);
      default -> true;
    };
  }

  private static boolean isWhole(Number number) {
    double d = number.doubleValue();
    return !Double.isInfinite(d) && d == Math.rint(d);
  }
}
