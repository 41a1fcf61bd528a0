package dev.concierge.persistence;

import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads that match text ({@code @@}, pg_trgm's {@code %} and {@code ilike}) and must use their GIN
 * indexes to be fast. Under row-level security they cannot: those operators are not leakproof, so
 * PostgreSQL evaluates them only after the policy's check, never as index conditions, and a search
 * reads every message of the organization (measured: 2 s for one search of 2,000,000 messages).
 *
 * <p>So such a read runs as the session's own user, the tables' owner whom the policies do not
 * bind, and only in the organization the thread's scope is in: it refuses to run for another one,
 * and every statement it runs must filter by that {@code org_id} itself (each caller's SQL does, on
 * every table it reads). The role is changed with {@code set local} inside a transaction and set
 * back to the scope's role as soon as the read is done, so the rest of an enclosing transaction
 * runs under the policies again; a read that fails aborts its transaction, which undoes the change
 * with everything else.
 */
final class TextIndexReads {
  private TextIndexReads() {}

  /** Runs {@code read} as the owner, for {@code orgId} only; see the class comment. */
  static <T> T inOrganization(Jdbi jdbi, UUID orgId, HandleCallback<T, RuntimeException> read) {
    return jdbi.inTransaction(
        handle -> {
          String role = enterAsOwner(handle, orgId);
          T result = read.withHandle(handle);
          // the role name comes from PostgreSQL itself (current_user), quoted as an identifier
          handle.execute("set local role " + quoted(role));
          return result;
        });
  }

  /** Returns the role the statement ran as before, after checking the scope is {@code orgId}. */
  private static String enterAsOwner(Handle handle, UUID orgId) {
    Scope scope =
        handle
            .createQuery(
                "select current_user as role, current_setting('concierge.org_id', true) as org")
            .map((rs, ctx) -> new Scope(rs.getString("role"), rs.getString("org")))
            .one();
    if (scope.org() != null && !scope.org().isEmpty() && !scope.org().equals(orgId.toString())) {
      throw new IllegalStateException("a read of " + orgId + " in the scope of " + scope.org());
    }
    handle.execute("set local role none");
    return scope.role();
  }

  private static String quoted(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  private record Scope(String role, String org) {}
}
