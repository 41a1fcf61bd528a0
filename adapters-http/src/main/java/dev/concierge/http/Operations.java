package dev.concierge.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every operation the server serves, each as its controller declares it and with what openapi.json
 * says it accepts. Registers them with Javalin, refuses query parameters an operation does not
 * declare, and describes them for the checks that hold the document and the role table to them.
 */
final class Operations {
  private final List<DocumentedOperation> operations;

  /**
   * @throws IllegalStateException when two operations share a route or an operationId, or one
   *     differs from openapi.json
   */
  Operations(List<Operation> declared, OpenApiDocument document) {
    Set<String> routes = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (Operation operation : declared) {
      if (!routes.add(operation.route())) {
        throw new IllegalStateException(operation.route() + " is declared twice");
      }
      if (!ids.add(operation.operationId())) {
        throw new IllegalStateException(operation.operationId() + " names two operations");
      }
    }
    this.operations = declared.stream().map(document::document).toList();
  }

  void register(RoutesConfig routes) {
    for (DocumentedOperation documented : operations) {
      Operation operation = documented.operation();
      routes.addEndpoint(
          Endpoint.create(operation.method(), operation.path())
              .addMetadata(documented)
              .handler(operation.handler()));
    }
  }

  /**
   * Refuses what the matched operation does not take: an unknown query parameter would otherwise be
   * ignored (a misspelt filter answers everything, and the caller believes they searched).
   */
  static void refuseUndeclaredQuery(Context ctx) {
    DocumentedOperation documented = DocumentedOperation.of(ctx);
    if (documented != null) {
      Params.requireDeclared(ctx, documented.queryParameters());
    }
  }

  List<DocumentedOperation> documented() {
    return operations;
  }

  List<ApiOperation> describe() {
    return operations.stream()
        .map(DocumentedOperation::operation)
        .map(
            o -> new ApiOperation(o.method().name(), o.path(), o.operationId(), o.access().roles()))
        .toList();
  }
}
