package dev.concierge.http;

import dev.concierge.core.access.ApiRole;
import java.util.Set;

/**
 * An operation the server serves, as its controller declares it: for checking the document and the
 * role table against what runs.
 *
 * @param roles who may call it; empty when it is public (it needs no credential)
 */
public record ApiOperation(String method, String path, String operationId, Set<ApiRole> roles) {
  public ApiOperation {
    roles = Set.copyOf(roles);
  }

  /** "GET /api/v1/persons/{person_id}". */
  public String route() {
    return method + " " + path;
  }
}
