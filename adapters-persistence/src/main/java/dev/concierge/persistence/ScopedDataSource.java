package dev.concierge.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool as everything else sees it (JDBI, Flyway, plain JDBC): each connection comes in the
 * {@link PostgresOrganizationScope} of the borrowing thread. A connection whose scope could not be
 * set is evicted rather than returned, since its session state is then unknown.
 */
final class ScopedDataSource implements DataSource {
  private final HikariDataSource pool;
  private final PostgresOrganizationScope scope;

  ScopedDataSource(HikariDataSource pool, PostgresOrganizationScope scope) {
    this.pool = pool;
    this.scope = scope;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return scoped(pool.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return scoped(pool.getConnection(username, password));
  }

  private Connection scoped(Connection connection) throws SQLException {
    try {
      scope.prepare(connection);
      return connection;
    } catch (SQLException | RuntimeException e) {
      pool.evictConnection(connection);
      try {
        connection.close();
      } catch (SQLException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return pool.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    pool.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    pool.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return pool.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return pool.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return pool.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || pool.isWrapperFor(iface);
  }
}
