package dev.concierge.persistence;

import dev.concierge.core.model.Metadata;
import java.lang.reflect.Type;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericTypes;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.ColumnMapperFactory;

/**
 * How the domain's values travel to and from PostgreSQL, registered once on the Jdbi handle, so a
 * repository binds a record's accessors ({@code bindMethods}) and maps rows onto record
 * constructors by column name instead of reading and binding every column by hand:
 *
 * <ul>
 *   <li>instants as {@code timestamptz} in UTC both ways, whatever the session's time zone;
 *   <li>UUIDs as {@code uuid}, null ones too (JDBI would send a null as {@code varchar});
 *   <li>zones as their IANA ids in {@code text};
 *   <li>{@link Metadata} as {@code jsonb} objects (no {@code cast(… as jsonb)} needed);
 *   <li>every enum as its wire name, the lower-case constant name the schema's checks allow.
 * </ul>
 */
public final class ColumnTypes {
  private ColumnTypes() {}

  /** Registers every type on {@code jdbi} and returns it. */
  public static Jdbi install(Jdbi jdbi) {
    jdbi.registerArgument(new InstantArgument());
    jdbi.registerColumnMapper(Instant.class, ColumnTypes::instant);
    jdbi.registerArgument(new UuidArgument());
    jdbi.registerArgument(new ZoneArgument());
    jdbi.registerColumnMapper(ZoneId.class, (rs, column, ctx) -> zone(rs.getString(column)));
    jdbi.registerArgument(new MetadataArgument());
    jdbi.registerColumnMapper(
        Metadata.class, (rs, column, ctx) -> JsonColumns.read(rs.getString(column)));
    jdbi.registerArgument(new WireNameArgument());
    jdbi.registerColumnMapper(new WireNameMapper());
    return jdbi;
  }

  /** The wire name of an enum constant: its name in lower case. */
  static String wireName(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static Instant instant(ResultSet rs, int column, Object ctx) throws SQLException {
    return instant(rs.getObject(column, OffsetDateTime.class));
  }

  /** The instant in the column named {@code column}, as {@link #install} maps instants. */
  static Instant instant(ResultSet rs, String column) throws SQLException {
    return instant(rs.getObject(column, OffsetDateTime.class));
  }

  private static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }

  /** The zone of an IANA id, as {@link #install} maps zones; null stays null. */
  static ZoneId zone(String id) {
    return id == null ? null : ZoneId.of(id);
  }

  /**
   * The constant of {@code type} whose wire name is {@code name}, as {@link #install} maps enums;
   * null stays null, and a name the enum lacks is a bug in the schema's checks.
   */
  static <E extends Enum<E>> E wireNamed(Class<E> type, String name) {
    return type.cast(constantOf(type, name));
  }

  private static Object constantOf(Class<?> type, String name) {
    if (name == null) {
      return null;
    }
    for (Object constant : type.getEnumConstants()) {
      if (wireName((Enum<?>) constant).equals(name)) {
        return constant;
      }
    }
    throw new IllegalStateException(
        "stored " + type.getSimpleName() + " '" + name + "' is not one of its values");
  }

  private static final class InstantArgument extends AbstractArgumentFactory<Instant> {
    InstantArgument() {
      super(Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    protected Argument build(Instant value, ConfigRegistry config) {
      return (position, statement, ctx) ->
          statement.setObject(position, value.atOffset(ZoneOffset.UTC));
    }
  }

  /** Types.OTHER lets PostgreSQL take a null for the uuid its column or parameter expects. */
  private static final class UuidArgument extends AbstractArgumentFactory<UUID> {
    UuidArgument() {
      super(Types.OTHER);
    }

    @Override
    protected Argument build(UUID value, ConfigRegistry config) {
      return (position, statement, ctx) -> statement.setObject(position, value);
    }
  }

  private static final class ZoneArgument extends AbstractArgumentFactory<ZoneId> {
    ZoneArgument() {
      super(Types.VARCHAR);
    }

    @Override
    protected Argument build(ZoneId value, ConfigRegistry config) {
      return (position, statement, ctx) -> statement.setString(position, value.getId());
    }
  }

  private static final class MetadataArgument extends AbstractArgumentFactory<Metadata> {
    MetadataArgument() {
      super(Types.OTHER);
    }

    @Override
    protected Argument build(Metadata value, ConfigRegistry config) {
      // untyped text: PostgreSQL reads it as the jsonb the column or cast expects
      return (position, statement, ctx) ->
          statement.setObject(position, JsonColumns.write(value), Types.OTHER);
    }
  }

  /** Binds any enum as its wire name. */
  private static final class WireNameArgument implements ArgumentFactory.Preparable {
    @Override
    public Optional<java.util.function.Function<Object, Argument>> prepare(
        Type type, ConfigRegistry config) {
      if (!GenericTypes.getErasedType(type).isEnum()) {
        return Optional.empty();
      }
      return Optional.of(
          value ->
              (position, statement, ctx) -> {
                if (value == null) {
                  statement.setNull(position, Types.VARCHAR);
                } else {
                  statement.setString(position, wireName((Enum<?>) value));
                }
              });
    }
  }

  /** Reads any enum from its wire name; a name the enum lacks is a bug in the schema's checks. */
  private static final class WireNameMapper implements ColumnMapperFactory {
    @Override
    public Optional<ColumnMapper<?>> build(Type type, ConfigRegistry config) {
      Class<?> erased = GenericTypes.getErasedType(type);
      if (!erased.isEnum()) {
        return Optional.empty();
      }
      return Optional.of((rs, column, ctx) -> constantOf(erased, rs.getString(column)));
    }
  }
}
