package dev.concierge.claude;

import com.anthropic.core.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Between the SDK's JSON values and core's plain ones ({@link
 * dev.concierge.core.agents.llm.JsonTree}): tool schemas and inputs cross the adapter in both
 * directions.
 */
final class JsonValues {
  private JsonValues() {}

  static Map<String, JsonValue> members(Map<String, Object> object) {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    object.forEach((name, value) -> members.put(name, JsonValue.from(value)));
    return members;
  }

  /** The value as plain Java: maps, lists, strings, numbers, booleans and nulls. */
  static Object plain(JsonValue value) {
    return value.accept(PLAIN);
  }

  private static final JsonValue.Visitor<Object> PLAIN =
      new JsonValue.Visitor<>() {
        @Override
        public Object visitNull() {
          return null;
        }

        @Override
        public Object visitMissing() {
          return null;
        }

        @Override
        public Object visitBoolean(boolean value) {
          return value;
        }

        @Override
        public Object visitNumber(Number value) {
          return value;
        }

        @Override
        public Object visitString(String value) {
          return value;
        }

        @Override
        public Object visitArray(List<? extends JsonValue> values) {
          List<Object> items = new ArrayList<>(values.size());
          values.forEach(item -> items.add(plain(item)));
          return items;
        }

        @Override
        public Object visitObject(Map<String, ? extends JsonValue> values) {
          Map<String, Object> members = new LinkedHashMap<>();
          values.forEach((name, item) -> members.put(name, plain(item)));
          return members;
        }
      };
}
