package dev.concierge.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.concierge.core.errors.UnavailableException;
import dev.concierge.core.health.DatabaseStatusPort;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.TemplateEngine;

/**
 * The system of record: a HikariCP pool and a JDBI handle over it. Thread-safe; one per process.
 * Opening it checks the connection once, so a wrong URL fails with one clear sentence. Every
 * connection it hands out (to JDBI or through {@link #dataSource()}) is in the {@link
 * #organizationScope()} of the thread that takes it.
 */
public final class PostgresDatabase implements DatabaseStatusPort, AutoCloseable {
  private static final int CONNECT_TIMEOUT_SECONDS = 5;
  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  private final DatabaseUrl url;
  private final HikariDataSource pool;
  private final PostgresOrganizationScope organizationScope;
  private final DataSource dataSource;
  private final Jdbi jdbi;

  private PostgresDatabase(DatabaseUrl url, HikariDataSource pool) {
    this.url = url;
    this.pool = pool;
    this.organizationScope = new PostgresOrganizationScope();
    this.dataSource = new ScopedDataSource(pool, organizationScope);
    // no statement uses JDBI's <attribute> templates, and rendering one copies the statement's text
    // on every execution: a sixth of what a dashboard request allocated once its rows were read
    // without reflection (docs/PERFORMANCE.md, "The dashboard without reflection")
    this.jdbi = ColumnTypes.install(Jdbi.create(dataSource).setTemplateEngine(TemplateEngine.NOP));
  }

  /**
   * Connects to the database at {@code url}.
   *
   * @throws UnavailableException when PostgreSQL cannot be reached or refuses the credentials; the
   *     message says where and why in one line
   */
  public static PostgresDatabase open(DatabaseUrl url, PoolSettings settings) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(settings, "settings");
    probe(url);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url.jdbcUrl());
    if (url.user() != null) {
      config.setUsername(url.user());
    }
    if (url.password() != null) {
      config.setPassword(url.password());
    }
    config.setPoolName(settings.applicationName() + "-pool");
    config.setMaximumPoolSize(settings.maximumPoolSize());
    config.setMinimumIdle(Math.min(2, settings.maximumPoolSize()));
    config.setConnectionTimeout(settings.connectionTimeout().toMillis());
    config.setValidationTimeout(VALIDATION_TIMEOUT_SECONDS * 1000L);
    // the database may come and go while we run; the pool must not refuse to start or give up
    config.setInitializationFailTimeout(-1);
    config.setDataSourceProperties(connectionProperties(settings.applicationName()));
    return new PostgresDatabase(url, new HikariDataSource(config));
  }

  /** One direct connection attempt, so a bad DATABASE_URL is reported once and plainly. */
  private static void probe(DatabaseUrl url) {
    Properties props = connectionProperties("concierge-probe");
    if (url.user() != null) {
      props.setProperty("user", url.user());
    }
    if (url.password() != null) {
      props.setProperty("password", url.password());
    }
    try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), props)) {
      connection.isValid(VALIDATION_TIMEOUT_SECONDS);
    } catch (SQLException e) {
      throw new UnavailableException(
          "cannot connect to PostgreSQL at " + url.redacted() + ": " + reason(e), e);
    }
  }

  private static Properties connectionProperties(String applicationName) {
    Properties props = new Properties();
    props.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
    props.setProperty("loginTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
    props.setProperty("tcpKeepAlive", "true");
    // a server-side prepared statement soon runs PostgreSQL's generic plan, costed for an average
    // organization: beside a large one, a small organization's calendar and reminder lists then
    // scan every organization's rows. Planning each execution for its own values costs a fraction
    // of a millisecond (docs/PERFORMANCE.md, the portal on a 100,000-client organization).
    props.setProperty("options", "-c plan_cache_mode=force_custom_plan");
    // the process tag lets an embedded server tell this process's sessions from other processes'
    props.setProperty("ApplicationName", applicationName + " " + EmbeddedDatabase.PROCESS_TAG);
    return props;
  }

  static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String firstLine = message.lines().findFirst().orElse(message).strip();
    if (root != e && root.getMessage() != null && !firstLine.contains(root.getMessage())) {
      firstLine += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
    return firstLine;
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Confines the database work of a thread to one organization (row-level security). */
  public PostgresOrganizationScope organizationScope() {
    return organizationScope;
  }

  public DatabaseUrl url() {
    return url;
  }

  @Override
  public boolean isDatabaseReachable() {
    // straight from the pool: a validity check does not care which organization the session is in
    try (Connection connection = pool.getConnection()) {
      return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
