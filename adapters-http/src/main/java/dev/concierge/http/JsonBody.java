package dev.concierge.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.Metadata;
import io.javalin.http.Context;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A request body read field by field. Reading the tree rather than binding a class is what lets a
 * partial PUT tell an omitted field (unchanged) from an explicit null (cleared), and lets every
 * wrong type be reported under its own field name. Readers return null for a rejected value and
 * remember why; {@link #validate()} then throws once with every error.
 */
final class JsonBody {
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  /**
   * No text field is longer, whatever its own limit: the longest documented one (a message's
   * content) holds 100,000 characters, and a body may otherwise fill its megabyte with one string.
   */
  static final int MAX_TEXT_LENGTH = 100_000;

  /** How deep a free-form object ({@code metadata_jsonb}) may nest objects and arrays. */
  static final int MAX_OBJECT_DEPTH = 32;

  /** How long a free-form object may be, written as JSON. */
  static final int MAX_OBJECT_LENGTH = 64 * 1024;

  private static final String STORABLE = "must not contain NUL characters or unpaired surrogates";

  /**
   * Dates and instants stay within four-digit years: year 0 and before are stored as BC dates that
   * the dashboard cannot read back, and years past 9999 are written in a form PostgreSQL refuses.
   */
  private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");

  private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private final JsonNode node;
  private final ObjectMapper json;
  private final FieldErrors errors;
  private final String prefix;
  private final BodyFields fields;

  private JsonBody(
      JsonNode node, ObjectMapper json, FieldErrors errors, String prefix, BodyFields fields) {
    this.node = node;
    this.json = json;
    this.errors = errors;
    this.prefix = prefix;
    this.fields = fields;
  }

  /**
   * Parses the body as a JSON object whose fields are all among those of the operation's request
   * schema in openapi.json.
   */
  static JsonBody read(Context ctx, ObjectMapper json) {
    DocumentedOperation documented = DocumentedOperation.of(ctx);
    if (documented == null || documented.body().names().isEmpty()) {
      throw new IllegalStateException(ctx.path() + " reads a body openapi.json does not describe");
    }
    byte[] bytes = ctx.bodyAsBytes();
    if (bytes.length == 0) {
      throw new ValidationException("body", "is required: send a JSON object");
    }
    if (!utf8(bytes)) {
      throw new ValidationException("body", "is not valid UTF-8");
    }
    JsonNode node;
    try {
      node = json.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new ValidationException("body", "is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ValidationException("body", "could not be read");
    }
    if (node == null || !node.isObject()) {
      throw new ValidationException("body", "must be a JSON object");
    }
    JsonBody body = new JsonBody(node, json, new FieldErrors(), "", documented.body());
    body.checkFields();
    return body;
  }

  /**
   * JSON is UTF-8 (RFC 8259). Jackson's own decoding lets an overlong form through (0xC0 0xAF read
   * as '/'), the trick that once smuggled separators past filters; Java's decoder refuses it, and
   * every other malformed sequence.
   */
  static boolean utf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private void checkFields() {
    node.fieldNames()
        .forEachRemaining(
            name -> {
              if (!fields.names().contains(name)) {
                errors.add(prefix + name, "is not a field of this resource");
              }
            });
  }

  /**
   * An array of objects whose fields are among those the document gives its items; each is read
   * like a body, its errors named {@code field[i].name}. Null or absent: an empty list.
   */
  List<JsonBody> objects(String field) {
    JsonNode value = value(field);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      errors.add(prefix + field, "must be an array of objects");
      return List.of();
    }
    List<JsonBody> items = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      String at = prefix + field + "[" + i + "]";
      if (!item.isObject()) {
        errors.add(at, "must be an object");
        continue;
      }
      JsonBody body = new JsonBody(item, json, errors, at + ".", fields.itemsOf(field));
      body.checkFields();
      items.add(body);
    }
    return items;
  }

  /** An instant with its offset, as ISO-8601 ({@code 2026-03-01T09:00:00-05:00} or {@code Z}). */
  Instant instant(String field) {
    String text = string(field);
    if (text == null) {
      return null;
    }
    try {
      Instant instant = OffsetDateTime.parse(text).toInstant();
      if (instant.isBefore(FIRST_INSTANT) || instant.isAfter(LAST_INSTANT)) {
        errors.add(prefix + field, "must be in the years 0001 to 9999");
        return null;
      }
      return instant;
    } catch (DateTimeParseException e) {
      errors.add(
          prefix + field, "must be a date-time with an offset, as 2026-03-01T09:00:00-05:00");
      return null;
    }
  }

  /** An org_id in the body may only repeat the caller's own organization. */
  JsonBody requireOwnOrganization(Caller caller) {
    UUID orgId = uuid("org_id");
    if (orgId != null) {
      caller.requireOwnOrganization(orgId);
    }
    return this;
  }

  boolean has(String field) {
    return node.has(field);
  }

  <T> FieldChange<T> change(String field, Function<String, T> reader) {
    return has(field) ? FieldChange.to(reader.apply(field)) : FieldChange.unchanged();
  }

  String string(String field) {
    JsonNode value = value(field);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      errors.add(prefix + field, "must be a string");
      return null;
    }
    String text = value.textValue();
    if (text.length() > MAX_TEXT_LENGTH) {
      errors.add(prefix + field, "must be at most " + MAX_TEXT_LENGTH + " characters");
      return null;
    }
    if (!storable(text)) {
      errors.add(prefix + field, STORABLE);
      return null;
    }
    return text;
  }

  /**
   * Whether PostgreSQL can store the text as it is: it refuses NUL, and the driver would write an
   * unpaired surrogate (half of a pair, escaped in JSON, that is no character) as '?'.
   */
  private static boolean storable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  UUID uuid(String field) {
    String text = string(field);
    if (text == null) {
      return null;
    }
    Optional<UUID> uuid = Params.parseUuid(text);
    if (uuid.isEmpty()) {
      errors.add(prefix + field, "must be a UUID");
    }
    return uuid.orElse(null);
  }

  LocalDate date(String field) {
    String text = string(field);
    if (text == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text);
      if (date.getYear() < 1 || date.getYear() > 9999) {
        errors.add(prefix + field, "must be in the years 0001 to 9999");
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      errors.add(prefix + field, "must be a date as YYYY-MM-DD");
      return null;
    }
  }

  /** IANA region ids only (America/New_York): offsets and abbreviations drift with DST. */
  ZoneId zone(String field) {
    String text = string(field);
    if (text == null) {
      return null;
    }
    if (!ZoneId.getAvailableZoneIds().contains(text)) {
      errors.add(prefix + field, "must be an IANA time zone such as America/New_York");
      return null;
    }
    return ZoneId.of(text);
  }

  Integer integer(String field) {
    JsonNode value = value(field);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      errors.add(prefix + field, "must be an integer");
      return null;
    }
    return value.intValue();
  }

  BigDecimal decimal(String field) {
    JsonNode value = value(field);
    if (value == null) {
      return null;
    }
    if (!value.isNumber() || !finite(value)) {
      errors.add(prefix + field, "must be a number");
      return null;
    }
    return value.decimalValue();
  }

  Boolean bool(String field) {
    JsonNode value = value(field);
    if (value == null) {
      return null;
    }
    if (!value.isBoolean()) {
      errors.add(prefix + field, "must be true or false");
      return null;
    }
    return value.booleanValue();
  }

  Metadata object(String field) {
    JsonNode value = value(field);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      errors.add(prefix + field, "must be a JSON object");
      return null;
    }
    String wrong = freeFormProblem(value);
    if (wrong != null) {
      errors.add(prefix + field, wrong);
      return null;
    }
    return Metadata.of(json.convertValue(value, OBJECT));
  }

  /** What keeps a free-form object from being stored and served back as sent, if anything. */
  private static String freeFormProblem(JsonNode value) {
    if (depth(value) > MAX_OBJECT_DEPTH) {
      return "must nest objects and arrays at most " + MAX_OBJECT_DEPTH + " levels deep";
    }
    if (value.toString().length() > MAX_OBJECT_LENGTH) {
      return "must be at most " + MAX_OBJECT_LENGTH + " characters as JSON";
    }
    return freeFormValues(value);
  }

  private static int depth(JsonNode value) {
    int deepest = 0;
    for (JsonNode child : value) {
      deepest = Math.max(deepest, depth(child));
    }
    return value.isContainerNode() ? deepest + 1 : 0;
  }

  /**
   * 1e400 parses as infinity, which would be stored as the string "Infinity"; texts must be
   * storable, names included.
   */
  private static String freeFormValues(JsonNode value) {
    if (value.isNumber() && !finite(value)) {
      return "must hold finite numbers only";
    }
    if (value.isTextual() && !storable(value.textValue())) {
      return STORABLE;
    }
    for (var field : value.properties()) {
      if (!storable(field.getKey())) {
        return STORABLE;
      }
      String wrong = freeFormValues(field.getValue());
      if (wrong != null) {
        return wrong;
      }
    }
    if (value.isArray()) {
      for (JsonNode item : value) {
        String wrong = freeFormValues(item);
        if (wrong != null) {
          return wrong;
        }
      }
    }
    return null;
  }

  /** A JSON number too large for a double (1e400) is read as an infinite one. */
  private static boolean finite(JsonNode number) {
    return !(number.isDouble() || number.isFloat()) || Double.isFinite(number.doubleValue());
  }

  List<String> strings(String field) {
    JsonNode value = value(field);
    if (value == null) {
      return null;
    }
    List<String> items = new ArrayList<>();
    if (value.isArray()) {
      for (JsonNode item : value) {
        if (!item.isTextual()) {
          errors.add(prefix + field, "must be an array of strings");
          return null;
        }
        if (!storable(item.textValue())) {
          errors.add(prefix + field, STORABLE);
          return null;
        }
        items.add(item.textValue());
      }
      return items;
    }
    errors.add(prefix + field, "must be an array of strings");
    return null;
  }

  <E extends Enum<E>> E enumeration(
      String field, Function<String, Optional<E>> parse, E[] values, Function<E, String> wire) {
    String text = string(field);
    if (text == null) {
      return null;
    }
    Optional<E> parsed = parse.apply(text);
    if (parsed.isEmpty()) {
      errors.add(
          prefix + field,
          "must be one of " + Arrays.stream(values).map(wire).collect(Collectors.joining(", ")));
    }
    return parsed.orElse(null);
  }

  /** Rejects the field when it is absent or null. */
  JsonBody require(String field) {
    if (value(field) == null) {
      errors.add(prefix + field, "is required");
    }
    return this;
  }

  /** Throws a 400 naming every field rejected so far. */
  void validate() {
    errors.throwIfAny();
  }

  private JsonNode value(String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value;
  }
}
