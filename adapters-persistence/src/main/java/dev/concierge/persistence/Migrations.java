package dev.concierge.persistence;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/** The schema's history: Flyway over the SQL files in {@code db/migration}. */
public final class Migrations {
  private static final String LOCATION = "db/migration";

  private final DataSource dataSource;
  private Flyway flyway;

  public Migrations(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Flyway, configured on first use: loading it is a large part of a short command's start-up. */
  private synchronized Flyway flyway() {
    if (flyway == null) {
      flyway =
          Flyway.configure()
              .dataSource(dataSource)
              .locations("classpath:" + LOCATION)
              .failOnMissingLocations(true)
              // several instances may start at once; Flyway takes an advisory lock, so this is safe
              .validateMigrationNaming(true)
              // versions are handed out to branches that merge in any order: a database already at
              // V29 must still take a V27 merged after it, not refuse to start
              .outOfOrder(true)
              .load();
    }
    return flyway;
  }

  /** Applies every pending migration; returns the versions applied (empty when up to date). */
  public MigrationOutcome migrate() {
    MigrateResult result = flyway().migrate();
    List<String> applied = result.migrations.stream().map(m -> m.version).toList();
    return new MigrationOutcome(applied, current().orElse(null));
  }

  public List<MigrationState> status() {
    return Arrays.stream(flyway().info().all()).map(Migrations::state).toList();
  }

  public Optional<String> current() {
    MigrationInfo current = flyway().info().current();
    return current == null || current.getVersion() == null
        ? Optional.empty()
        : Optional.of(current.getVersion().getVersion());
  }

  /**
   * How many shipped migrations the database lacks. When it has them all (every run, bar the first
   * after an upgrade) that is answered without Flyway: from the names of the migration files
   * shipped and one query of the schema history.
   */
  public int pendingCount() {
    return upToDate() ? 0 : flyway().info().pending().length;
  }

  /**
   * Whether every shipped version is recorded as applied and every recorded migration succeeded;
   * false whenever that cannot be told cheaply (Flyway then counts). Every version is looked for,
   * not only the newest: migrations apply out of order, so a database at the newest version may
   * still lack an older one merged after it.
   */
  private boolean upToDate() {
    Optional<Set<List<Integer>>> shipped = shippedVersions();
    if (shipped.isEmpty()) {
      return false;
    }
    Set<List<Integer>> applied = new HashSet<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select version, success from flyway_schema_history where version is not null")) {
      while (rows.next()) {
        if (!rows.getBoolean(2)) {
          return false;
        }
        applied.add(version(rows.getString(1)));
      }
    } catch (SQLException | NumberFormatException e) {
      // no history yet, or a version this check does not read: Flyway's answer it is
      return false;
    }
    return applied.containsAll(shipped.get());
  }

  /** The versions of the migration files on the class path, read from a jar or a directory. */
  private static Optional<Set<List<Integer>>> shippedVersions() {
    URL location = Migrations.class.getClassLoader().getResource(LOCATION);
    if (location == null) {
      return Optional.empty();
    }
    try {
      List<String> names;
      if (location.openConnection() instanceof JarURLConnection jar) {
        jar.setUseCaches(false);
        try (JarFile file = jar.getJarFile()) {
          names =
              file.stream()
                  .map(JarEntry::getName)
                  .filter(name -> name.startsWith(LOCATION + "/"))
                  .map(name -> name.substring(LOCATION.length() + 1))
                  .toList();
        }
      } else if ("file".equals(location.getProtocol())) {
        try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
          names = files.map(file -> file.getFileName().toString()).toList();
        }
      } else {
        return Optional.empty();
      }
      Set<List<Integer>> versions =
          names.stream()
              .map(MIGRATION_FILE::matcher)
              .filter(Matcher::matches)
              .map(m -> version(m.group(1)))
              .collect(Collectors.toSet());
      return versions.isEmpty() ? Optional.empty() : Optional.of(versions);
    } catch (IOException | URISyntaxException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  // V<version>__<description>.sql, the version's parts separated by dots or underscores
  private static final Pattern MIGRATION_FILE = Pattern.compile("V([0-9][0-9._]*?)__.*\\.sql");

  private static List<Integer> version(String text) {
    return Arrays.stream(text.split("[._]")).map(Integer::valueOf).toList();
  }

  private static MigrationState state(MigrationInfo info) {
    return new MigrationState(
        info.getVersion() == null ? "" : info.getVersion().getVersion(),
        info.getDescription(),
        info.getState().getDisplayName(),
        info.getInstalledOn() == null ? null : info.getInstalledOn().toInstant());
  }

  /** What a migrate run did. */
  public record MigrationOutcome(List<String> appliedVersions, String currentVersion) {
    public MigrationOutcome {
      appliedVersions = List.copyOf(appliedVersions);
    }
  }

  /** One migration as {@code db status} shows it. */
  public record MigrationState(
      String version, String description, String state, Instant installedOn) {}
}
