package dev.concierge.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.model.Metadata;
import java.util.Map;

/** {@code jsonb} columns to and from {@link Metadata}. Bind as {@code cast(:x as jsonb)}. */
final class JsonColumns {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private JsonColumns() {}

  static String write(Metadata metadata) {
    try {
      return MAPPER.writeValueAsString(metadata.values());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("metadata cannot be written as JSON", e);
    }
  }

  static Metadata read(String json) {
    if (json == null) {
      return Metadata.EMPTY;
    }
    try {
      return Metadata.of(MAPPER.readValue(json, OBJECT));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored jsonb is not a JSON object", e);
    }
  }
}
