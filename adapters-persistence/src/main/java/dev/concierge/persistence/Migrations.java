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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
   * after an upgrade) that is answered without Flyway: from the newest migration file shipped and
   * one query of the schema history.
   */
  public int pendingCount() {
    return upToDate() ? 0 : flyway().info().pending().length;
  }

  /**
   * Whether every recorded migration succeeded and the newest is at least the newest shipped; false
   * whenever that cannot be told cheaply (Flyway then counts).
   */
  private boolean upToDate() {
    Optional<List<Integer>> shipped = newestShipped();
    if (shipped.isEmpty()) {
      return false;
    }
    List<Integer> newestApplied = null;
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select version, success from flyway_schema_history where version is not null")) {
      while (rows.next()) {
        if (!rows.getBoolean(2)) {
          return false;
        }
        List<Integer> version = version(rows.getString(1));
        if (newestApplied == null || VERSION_ORDER.compare(version, newestApplied) > 0) {
          newestApplied = version;
        }
      }
    } catch (SQLException | NumberFormatException e) {
      // no history yet, or a version this check does not read: Flyway's answer it is
      return false;
    }
    return newestApplied != null && VERSION_ORDER.compare(newestApplied, shipped.get()) >= 0;
  }

  /** The version of the newest migration file on the class path, read from a jar or a directory. */
  private static Optional<List<Integer>> newestShipped() {
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
      return names.stream()
          .map(MIGRATION_FILE::matcher)
          .filter(Matcher::matches)
          .map(m -> version(m.group(1)))
          .max(VERSION_ORDER);
    } catch (IOException | URISyntaxException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  // V<version>__<description>.sql, the version's parts separated by dots or underscores
  private static final Pattern MIGRATION_FILE = Pattern.compile("V([0-9][0-9._]*?)__.*\\.sql");

  private static final Comparator<List<Integer>> VERSION_ORDER =
      (a, b) -> {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
          int difference =
              Integer.compare(i < a.size() ? a.get(i) : 0, i < b.size() ? b.get(i) : 0);
          if (difference != 0) {
            return difference;
          }
        }
        return 0;
      };

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
