package dev.concierge.http;

import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.paging.PageRequest;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Path and query parameters, each parsed strictly and reported by name when wrong. */
final class Params {
  private static final String QUERY = "concierge.query";
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private Params() {}

  /** Only the canonical 8-4-4-4-12 form: {@link UUID#fromString} also accepts odd shapes. */
  static Optional<UUID> parseUuid(String text) {
    return text != null && UUID_TEXT.matcher(text).matches()
        ? Optional.of(UUID.fromString(text))
        : Optional.empty();
  }

  static UUID pathUuid(Context ctx, String name) {
    return parseUuid(ctx.pathParam(name))
        .orElseThrow(() -> new ValidationException(name, "must be a UUID"));
  }

  /**
   * The one value of a query parameter, or null. Given twice it is refused rather than one of its
   * values silently winning (org_id=mine&amp;org_id=theirs).
   */
  static String query(Context ctx, String name) {
    DocumentedOperation documented = DocumentedOperation.of(ctx);
    if (documented != null && !documented.queryParameters().contains(name)) {
      // it would be refused before the handler ran: the document must list what the code reads
      throw new IllegalStateException(
          documented.operation().operationId()
              + " reads query parameter "
              + name
              + ", which openapi.json does not declare");
    }
    List<String> values = queryParameters(ctx).getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw new ValidationException(name, "must be given once");
    }
    if (!values.isEmpty() && values.get(0).indexOf(0) >= 0) {
      // PostgreSQL refuses NUL in any text, a search pattern's included
      throw new ValidationException(name, "must not contain NUL characters");
    }
    return values.isEmpty() ? null : values.get(0);
  }

  /**
   * Refuses every query parameter not in {@code declared}, each named, with the ones the operation
   * does take.
   */
  static void requireDeclared(Context ctx, Set<String> declared) {
    FieldErrors errors = new FieldErrors();
    String message =
        declared.isEmpty()
            ? "is not a query parameter of this operation, which takes none"
            : "is not a query parameter of this operation, which takes "
                + String.join(", ", new TreeSet<>(declared));
    for (String name : new TreeSet<>(queryParameters(ctx).keySet())) {
      if (!declared.contains(name)) {
        errors.add(name.isEmpty() ? "query" : name, message);
      }
    }
    errors.throwIfAny();
  }

  /**
   * The query string decoded as UTF-8 whatever the request's Content-Type says: Javalin decodes it
   * in the body's charset, and drops every parameter when that charset is unknown, which let {@code
   * Content-Type: application/json; charset=nonsense} skip the org_id check and paging.
   */
  private static Map<String, List<String>> queryParameters(Context ctx) {
    Map<String, List<String>> parsed = ctx.attribute(QUERY);
    if (parsed != null) {
      return parsed;
    }
    parsed = new HashMap<>();
    String query = ctx.queryString();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        parsed.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      }
    }
    ctx.attribute(QUERY, parsed);
    return parsed;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ValidationException("query", "is not properly percent-encoded");
    }
  }

  /**
   * Refuses a path Javalin could not decode into its parameters ({@code %u0041}, a lone {@code %}),
   * which Jetty lets through and Javalin's decoder would fail on as a 500.
   */
  static void requireDecodablePath(Context ctx) {
    try {
      URLDecoder.decode(ctx.path(), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ValidationException("path", "is not properly percent-encoded");
    }
  }

  static UUID queryUuid(Context ctx, String name) {
    String value = query(ctx, name);
    if (value == null) {
      return null;
    }
    return parseUuid(value).orElseThrow(() -> new ValidationException(name, "must be a UUID"));
  }

  static Integer queryInt(Context ctx, String name) {
    String value = query(ctx, name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw new ValidationException(name, "must be an integer");
    }
  }

  /**
   * An ISO-8601 date-time with its offset ({@code 2025-10-27T14:00:00Z}), in the four-digit years
   * PostgreSQL can compare with.
   */
  static Instant queryInstant(Context ctx, String name) {
    String value = query(ctx, name);
    if (value == null) {
      return null;
    }
    Instant instant;
    try {
      instant = OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new ValidationException(
          name, "must be a date-time with an offset, as 2025-10-27T14:00:00Z");
    }
    if (instant.isBefore(FIRST_INSTANT) || instant.isAfter(LAST_INSTANT)) {
      throw new ValidationException(name, "must be in the years 0001 to 9999");
    }
    return instant;
  }

  /** true or false; absent is {@code otherwise}. */
  static boolean queryBool(Context ctx, String name, boolean otherwise) {
    String value = query(ctx, name);
    if (value == null) {
      return otherwise;
    }
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new ValidationException(name, "must be true or false");
    };
  }

  static <E extends Enum<E>> E queryEnum(
      Context ctx,
      String name,
      Function<String, Optional<E>> parse,
      E[] values,
      Function<E, String> wire) {
    String value = query(ctx, name);
    if (value == null) {
      return null;
    }
    return parse
        .apply(value)
        .orElseThrow(
            () ->
                new ValidationException(
                    name,
                    "must be one of "
                        + Arrays.stream(values).map(wire).collect(Collectors.joining(", "))));
  }

  /** skip (default 0) and limit (default 50, 1 to 500). */
  static PageRequest page(Context ctx) {
    return PageRequest.of(queryInt(ctx, "skip"), queryInt(ctx, "limit"));
  }
}
