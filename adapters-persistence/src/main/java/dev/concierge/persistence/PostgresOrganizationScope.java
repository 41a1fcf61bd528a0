package dev.concierge.persistence;

import dev.concierge.core.ports.OrganizationScopes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The organization scope as PostgreSQL row-level security (migration V6): a connection taken from
 * the pool by a thread inside a scope runs as role {@value #TENANT_ROLE} with {@code
 * concierge.org_id} set, and the policies let it see and write that organization's rows only. A
 * thread outside any scope gets the connecting user, which owns the tables and so bypasses the
 * policies. Thread-safe.
 *
 * <p>Both settings are session settings, so they stay on a pooled connection after it is returned.
 * The state is remembered per physical connection and changed only when a borrower needs another
 * one: consecutive work for the same organization on the same connection costs no round trip.
 */
public final class PostgresOrganizationScope implements OrganizationScopes {
  static final String TENANT_ROLE = "concierge_tenant";

  private static final String SWITCH =
      "select set_config('role', ?, false), set_config('concierge.org_id', ?, false)";

  private final ThreadLocal<UUID> current = new ThreadLocal<>();

  /**
   * The organization each physical connection's session is scoped to; a connection not in here is
   * unscoped, as every new session is. Weak keys: the pool decides when a connection dies.
   */
  private final Map<Connection, UUID> scopedSessions =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final AtomicLong switches = new AtomicLong();

  PostgresOrganizationScope() {}

  @Override
  public Scope enter(UUID orgId) {
    Objects.requireNonNull(orgId, "orgId");
    Thread owner = Thread.currentThread();
    UUID previous = current.get();
    current.set(orgId);
    return new Scope() {
      private boolean closed;

      @Override
      public void close() {
        if (closed) {
          return;
        }
        if (Thread.currentThread() != owner) {
          throw new IllegalStateException(
              "an organization scope must be closed on the thread that opened it");
        }
        closed = true;
        if (previous == null) {
          current.remove();
        } else {
          current.set(previous);
        }
      }
    };
  }

  /**
   * Brings a connection just taken from the pool to this thread's scope, before anything else runs
   * on it (a session setting made inside a transaction that rolls back would be undone).
   */
  void prepare(Connection connection) throws SQLException {
    UUID wanted = current.get();
    // the pool hands out a new wrapper per borrow; the session belongs to the connection inside
    Connection physical = connection.unwrap(Connection.class);
    if (Objects.equals(scopedSessions.get(physical), wanted)) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(SWITCH)) {
      statement.setString(1, wanted == null ? "none" : TENANT_ROLE);
      statement.setString(2, wanted == null ? "" : wanted.toString());
      statement.execute();
    }
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
    switches.incrementAndGet();
    if (wanted == null) {
      scopedSessions.remove(physical);
    } else {
      scopedSessions.put(physical, wanted);
    }
  }

  /** How many times a session's scope was changed: each is one round trip. */
  long sessionSwitches() {
    return switches.get();
  }
}
