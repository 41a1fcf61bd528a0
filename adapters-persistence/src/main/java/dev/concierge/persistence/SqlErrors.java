package dev.concierge.persistence;

import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.UnavailableException;
import dev.concierge.core.errors.ValidationException;
import java.sql.SQLException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.JdbiException;

/**
 * Turns what PostgreSQL refuses into the platform's typed errors, so that a broken rule of the
 * schema (unique name, row still referenced, reference to a missing row) is a 409 or 400 for the
 * caller rather than a 500. The schema is the last line of defence; core validates first.
 */
final class SqlErrors {
  private static final Pattern KEY_COLUMNS = Pattern.compile("Key \\(([^)]*)\\)=");
  private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([a-z0-9_]+)\"");
  private static final Pattern REFERENCED_FROM =
      Pattern.compile("referenced from table \"(\\w+)\"");
  private static final Pattern FOREIGN_KEY =
      Pattern.compile("on table \"(\\w+)\" violates foreign key constraint \"(\\w+)\"");

  private SqlErrors() {}

  /** Runs the statement; {@code conflict} describes a unique-key clash in the caller's words. */
  static <T> T translate(String conflict, Supplier<T> statement) {
    try {
      return statement.get();
    } catch (ConnectionException e) {
      throw new UnavailableException("the database is unreachable", e);
    } catch (JdbiException e) {
      SQLException sql = sqlCause(e);
      if (sql == null) {
        throw e;
      }
      throw translate(conflict, sql, e);
    }
  }

  private static RuntimeException translate(String conflict, SQLException sql, JdbiException e) {
    String state = sql.getSQLState() == null ? "" : sql.getSQLState();
    String message = sql.getMessage() == null ? "" : sql.getMessage();
    if (state.equals("23505")) {
      return new ConflictException(conflict);
    }
    if (state.equals("23503")) {
      Matcher from = REFERENCED_FROM.matcher(message);
      if (from.find()) {
        return new ConflictException(
            "It is still in use by " + from.group(1).replace('_', ' ') + ".");
      }
      return new ValidationException(referencedField(message), "does not exist");
    }
    if (state.equals("23514") || state.equals("23502")) {
      return new ValidationException(checkedField(message), "is not allowed");
    }
    if (state.startsWith("22")) {
      return new ValidationException("body", "has a value the database cannot store");
    }
    if (state.startsWith("08") || state.equals("57P01")) {
      return new UnavailableException("the database is unreachable", e);
    }
    return e;
  }

  private static String referencedField(String message) {
    Matcher key = KEY_COLUMNS.matcher(message);
    if (key.find()) {
      String[] columns = key.group(1).split(",\\s*");
      return columns[columns.length - 1];
    }
    return foreignKeyField(message);
  }

  /**
   * Under row-level security PostgreSQL withholds the key from the message, but the constraint's
   * default name, {table}_{column}..._fkey, still carries the columns; references within an
   * organization start with org_id, and the column after it is the one the caller named.
   */
  private static String foreignKeyField(String message) {
    Matcher foreignKey = FOREIGN_KEY.matcher(message);
    if (foreignKey.find()) {
      String table = foreignKey.group(1) + "_";
      String name = foreignKey.group(2);
      if (name.startsWith(table) && name.endsWith("_fkey")) {
        String columns = name.substring(table.length(), name.length() - "_fkey".length());
        return columns.startsWith("org_id_") ? columns.substring("org_id_".length()) : columns;
      }
    }
    return "body";
  }

  /** PostgreSQL names a column's check constraint {table}_{column}_check. */
  private static String checkedField(String message) {
    Matcher constraint = CONSTRAINT.matcher(message);
    if (constraint.find()) {
      String name = constraint.group(1).replaceFirst("_check$", "");
      int table = name.indexOf('_');
      return table < 0 ? name : name.substring(table + 1);
    }
    return "body";
  }

  private static SQLException sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }
}
