package dev.concierge.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One operation of the API, declared once, by its controller: method, path, operationId, who may
 * call it, and the handler. The server registers it with Javalin, {@link Authentication} checks its
 * access before the handler runs, and what it accepts (its query parameters and body fields) is
 * read from its entry in openapi.json, which must name the same method, path and operationId.
 *
 * @param operationId camelCase verb and noun ({@code listPersons}, {@code retryReminder}): the
 *     method name of generated clients and, later, the name of the assistant's tool
 */
record Operation(
    HandlerType method, String path, String operationId, Access access, Handler handler) {
  /** camelCase, and within what Claude allows a tool's name (^[a-zA-Z0-9_-]{1,64}$). */
  private static final Pattern OPERATION_ID = Pattern.compile("[a-z][a-zA-Z0-9]{0,63}");

  Operation {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(handler, "handler");
    if (operationId == null || !OPERATION_ID.matcher(operationId).matches()) {
      throw new IllegalArgumentException("not a camelCase operationId: " + operationId);
    }
  }

  static Operation get(String path, String operationId, Access access, Handler handler) {
    return new Operation(HandlerType.GET, path, operationId, access, handler);
  }

  static Operation post(String path, String operationId, Access access, Handler handler) {
    return new Operation(HandlerType.POST, path, operationId, access, handler);
  }

  static Operation put(String path, String operationId, Access access, Handler handler) {
    return new Operation(HandlerType.PUT, path, operationId, access, handler);
  }

  static Operation delete(String path, String operationId, Access access, Handler handler) {
    return new Operation(HandlerType.DELETE, path, operationId, access, handler);
  }

  /** "GET /api/v1/persons/{person_id}". */
  String route() {
    return method.name() + " " + path;
  }
}
