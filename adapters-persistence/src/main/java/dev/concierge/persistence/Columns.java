package dev.concierge.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Typed reads of the column types the schema uses, and the one way instants are bound, both
 * independent of the session time zone.
 */
final class Columns {
  private Columns() {}

  static UUID uuid(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, UUID.class);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  static LocalTime time(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalTime.class);
  }

  static ZoneId zone(ResultSet rs, String column) throws SQLException {
    return ZoneId.of(rs.getString(column));
  }

  /** An instant as a timestamptz parameter (null stays null). */
  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
