package dev.concierge.core.agents.llm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document as plain Java values: {@code Map<String, Object>} for objects (in their order),
 * {@code List<Object>} for arrays, {@code String}, {@code Number}, {@code Boolean} and {@code
 * null}. Core has no JSON library, yet tool schemas and tool inputs are JSON; this is the one shape
 * both sides of the LLM port agree on, and the adapters translate it at their boundary.
 */
public final class JsonTree {
  private JsonTree() {}

  /**
   * An unmodifiable deep copy of a JSON object, its members in their order; JSON nulls are kept
   * because a tool input's {@code "notes": null} means "clear the notes", unlike a missing member.
   *
   * @throws IllegalArgumentException when the value is not a JSON object of plain values
   */
  public static Map<String, Object> copyObject(Map<?, ?> object) {
    if (object == null) {
      throw new IllegalArgumentException("a JSON object is required, got null");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> copy = (Map<String, Object>) copy(object, "$");
    return copy;
  }

  private static Object copy(Object value, String path) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Number number) {
      return number;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> members = new LinkedHashMap<>();
      for (Map.Entry<?, ?> member : map.entrySet()) {
        if (!(member.getKey() instanceof String name)) {
          throw new IllegalArgumentException(path + " has a member name that is not a string");
        }
        members.put(name, copy(member.getValue(), path + "." + name));
      }
      return Collections.unmodifiableMap(members);
    }
    if (value instanceof List<?> list) {
      List<Object> items = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        items.add(copy(list.get(i), path + "[" + i + "]"));
      }
      return Collections.unmodifiableList(items);
    }
    throw new IllegalArgumentException(
        path + " is a " + value.getClass().getSimpleName() + ", which is not a JSON value");
  }

  /** The value as compact JSON text. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      quote(text, out);
    } else if (value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Number number) {
      out.append(number(number));
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      String separator = "";
      for (Map.Entry<?, ?> member : map.entrySet()) {
        out.append(separator);
        quote(String.valueOf(member.getKey()), out);
        out.append(':');
        write(member.getValue(), out);
        separator = ",";
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      String separator = "";
      for (Object item : list) {
        out.append(separator);
        write(item, out);
        separator = ",";
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException(value.getClass().getSimpleName() + " is not a JSON value");
    }
  }

  // JSON has no NaN or infinity; a double that is a whole number is written without ".0".
  private static String number(Number number) {
    if (number instanceof Double || number instanceof Float) {
      double d = number.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException(d + " is not a JSON number");
      }
      return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
    return number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
