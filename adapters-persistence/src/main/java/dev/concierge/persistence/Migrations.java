package dev.concierge.persistence;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/** The schema's history: Flyway over the SQL files in {@code db/migration}. */
public final class Migrations {
  private final Flyway flyway;

  public Migrations(DataSource dataSource) {
    this.flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            // several instances may start at once; Flyway takes an advisory lock, so this is safe
            .validateMigrationNaming(true)
            // versions are handed out to branches that merge in any order: a database already at
            // V29 must still take a V27 merged after it, not refuse to start
            .outOfOrder(true)
            .load();
  }

  /** Applies every pending migration; returns the versions applied (empty when up to date). */
  public MigrationOutcome migrate() {
    MigrateResult result = flyway.migrate();
    List<String> applied = result.migrations.stream().map(m -> m.version).toList();
    return new MigrationOutcome(applied, current().orElse(null));
  }

  public List<MigrationState> status() {
    return Arrays.stream(flyway.info().all()).map(Migrations::state).toList();
  }

  public Optional<String> current() {
    MigrationInfo current = flyway.info().current();
    return current == null || current.getVersion() == null
        ? Optional.empty()
        : Optional.of(current.getVersion().getVersion());
  }

  public int pendingCount() {
    return flyway.info().pending().length;
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
