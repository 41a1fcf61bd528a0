package dev.concierge.web;

import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.model.Metadata;
import dev.concierge.web.view.ResourceView;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A catalogue entry's attributes (the API's free-form {@code attributes_jsonb} object) as a form
 * edits them: one {@code name: value} a line, a number or true/false kept as one. A value that is
 * itself an object or a list cannot be typed on a line: the form leaves it as it is.
 */
final class AttributeLines {
  static final String FIELD = "attributes_jsonb";

  /** The API's bound on a free-form object, as JSON; the lines are a little shorter. */
  private static final int MAX_CHARACTERS = 65_536;

  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,17})(\\.\\d{1,18})?");

  private AttributeLines() {}

  /** The lines a form shows for {@code attributes}: its plain values only. */
  static String write(Metadata attributes) {
    StringBuilder lines = new StringBuilder();
    only(attributes, true)
        .forEach(
            (name, value) ->
                lines
                    .append(name)
                    .append(": ")
                    .append(value == null ? "" : value.toString())
                    .append('\n'));
    return lines.toString();
  }

  /** The names of the values the form cannot show (objects and lists), which it keeps. */
  static List<String> kept(Metadata attributes) {
    return List.copyOf(only(attributes, false).keySet());
  }

  /**
   * The attributes the typed lines make, with {@code current}'s objects and lists kept (a line of
   * the same name replaces one); null when nothing is typed and nothing is kept.
   */
  static Metadata read(String text, Metadata current, FieldErrors errors) {
    Map<String, Object> values = only(current, false);
    if (text != null && text.length() > MAX_CHARACTERS) {
      errors.add(FIELD, "must be at most " + MAX_CHARACTERS + " characters");
      return null;
    }
    Map<String, Object> typed = new LinkedHashMap<>();
    String[] lines = text == null ? new String[0] : text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      int colon = line.indexOf(':');
      String name = colon < 0 ? "" : line.substring(0, colon).strip();
      if (name.isEmpty()) {
        errors.add(FIELD, "line " + (i + 1) + " must be a name, a colon and a value");
        return null;
      }
      if (typed.containsKey(name)) {
        errors.add(FIELD, "names " + name + " twice");
        return null;
      }
      typed.put(name, value(line.substring(colon + 1).strip()));
    }
    values.putAll(typed);
    return values.isEmpty() ? null : Metadata.of(values);
  }

  private static Object value(String text) {
    if (text.isEmpty()) {
      return null;
    }
    if (text.equals("true") || text.equals("false")) {
      return Boolean.valueOf(text);
    }
    if (NUMBER.matcher(text).matches()) {
      BigDecimal number = new BigDecimal(text);
      if (number.scale() > 0) {
        return number;
      }
      long whole = number.longValueExact();
      return whole == (int) whole ? Integer.valueOf((int) whole) : Long.valueOf(whole);
    }
    return text;
  }

  /**
   * The values that are plain (a string, number, boolean or null), or those that are not, in the
   * order the entry's page shows them.
   */
  private static Map<String, Object> only(Metadata attributes, boolean plain) {
    Map<String, Object> chosen = new LinkedHashMap<>();
    ResourceView.inAttributeOrder(attributes.values())
        .forEach(
            (name, value) -> {
              boolean isPlain = !(value instanceof Map<?, ?>) && !(value instanceof List<?>);
              if (isPlain == plain) {
                chosen.put(name, value);
              }
            });
    return chosen;
  }
}
