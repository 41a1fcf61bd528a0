package dev.concierge.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.javalin.router.EndpointMetadata;
import java.util.Set;

/**
 * An operation together with what its entry in openapi.json says it accepts. Javalin keeps it with
 * the operation's endpoint, so everything that handles a request (authentication, the query check,
 * the body reader) finds it there rather than in a table of its own.
 */
record DocumentedOperation(Operation operation, Set<String> queryParameters, BodyFields body)
    implements EndpointMetadata {
  DocumentedOperation {
    queryParameters = Set.copyOf(queryParameters);
  }

  /** The operation the request matched; null when it matched none, or a route not declared. */
  static DocumentedOperation of(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    return endpoint == null ? null : endpoint.metadata(DocumentedOperation.class);
  }
}
