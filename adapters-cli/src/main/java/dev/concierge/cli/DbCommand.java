package dev.concierge.cli;

import dev.concierge.persistence.Migrations;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Database schema: apply migrations, show their state.",
    subcommands = {DbCommand.Migrate.class, DbCommand.Status.class})
final class DbCommand extends CommandGroup {

  @Command(
      name = "migrate",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = "Apply every pending migration. Safe to run while serve runs, and twice.")
  static final class Migrate implements Callable<Integer> {
    @Mixin CommandContext context;

    @Override
    public Integer call() {
      try (DatabaseSession session = DatabaseSession.open(context.settings(), "migrate")) {
        Migrations.MigrationOutcome outcome = session.migrations().migrate();
        PrintWriter out = context.out();
        out.println("Database: " + session.describe());
        if (outcome.appliedVersions().isEmpty()) {
          out.println("Schema is up to date at version " + outcome.currentVersion() + ".");
        } else {
          out.printf(
              "Applied %d migration(s) %s; schema is at version %s.%n",
              outcome.appliedVersions().size(),
              outcome.appliedVersions(),
              outcome.currentVersion());
        }
        return ExitCodes.OK;
      }
    }
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = "Show where the database is, its schema version and every migration's state.")
  static final class Status implements Callable<Integer> {
    @Mixin CommandContext context;

    @Override
    public Integer call() {
      try (DatabaseSession session = DatabaseSession.open(context.settings(), "status")) {
        Migrations migrations = session.migrations();
        List<Migrations.MigrationState> states = migrations.status();
        int pending = migrations.pendingCount();
        PrintWriter out = context.out();
        out.println("Database: " + session.describe());
        out.println(
            "Schema version: "
                + migrations.current().orElse("none")
                + (pending == 0 ? " (up to date)" : " (" + pending + " pending)"));
        TextTable table = TextTable.of("VERSION", "STATE", "INSTALLED", "DESCRIPTION");
        for (Migrations.MigrationState state : states) {
          table.row(state.version(), state.state(), state.installedOn(), state.description());
        }
        table.print(out);
        return ExitCodes.OK;
      }
    }
  }
}
