package dev.concierge.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Free-form JSON object attached to an entity ({@code metadata_jsonb}). Values are plain Java:
 * String, Number, Boolean, null, List and Map. Core never interprets it beyond validation.
 */
public record Metadata(Map<String, Object> values) {
  public static final Metadata EMPTY = new Metadata(Map.of());

  public Metadata {
    values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static Metadata of(Map<String, Object> values) {
    return values == null || values.isEmpty() ? EMPTY : new Metadata(values);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** This object with {@code key} set to {@code value}: replaced in place, or added last. */
  public Metadata with(String key, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(values);
    changed.put(key, value);
    return new Metadata(changed);
  }
}
