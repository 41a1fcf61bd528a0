package dev.concierge.http;

import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.paging.PageRequest;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Path and query parameters, each parsed strictly and reported by name when wrong. */
final class Params {
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

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

  static UUID queryUuid(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null) {
      return null;
    }
    return parseUuid(value).orElseThrow(() -> new ValidationException(name, "must be a UUID"));
  }

  static Integer queryInt(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw new ValidationException(name, "must be an integer");
    }
  }

  /** true or false; absent is {@code otherwise}. */
  static boolean queryBool(Context ctx, String name, boolean otherwise) {
    String value = ctx.queryParam(name);
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
    String value = ctx.queryParam(name);
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
