package dev.concierge.http;

import java.util.Map;
import java.util.Set;

/**
 * The fields a JSON body may hold, as its schema in openapi.json names them, and for a field that
 * is an array of objects (a date item's {@code reminder_rules}) the fields of its items.
 */
record BodyFields(Set<String> names, Map<String, BodyFields> items) {
  static final BodyFields NONE = new BodyFields(Set.of(), Map.of());

  BodyFields {
    names = Set.copyOf(names);
    items = Map.copyOf(items);
  }

  /** The fields of the objects in array field {@code field}; none when it holds no objects. */
  BodyFields itemsOf(String field) {
    return items.getOrDefault(field, NONE);
  }
}
