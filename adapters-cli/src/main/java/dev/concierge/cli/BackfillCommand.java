package dev.concierge.cli;

import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.reminders.planning.BackfillNextOccurrences;
import dev.concierge.core.reminders.planning.ScheduleTotals;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "backfill",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Recompute stored data in batches.",
    subcommands = BackfillCommand.NextOccurrences.class)
final class BackfillCommand extends CommandGroup {

  @Command(
      name = "next-occurrences",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Recompute every date item's next occurrence and its pending reminder times.",
        "Safe to run twice and while serve runs: rows changed meanwhile are left alone (stale)."
      })
  static final class NextOccurrences implements Callable<Integer> {
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

    @Mixin CommandContext context;

    @Option(names = "--org", paramLabel = "ORG_ID", description = "Only this organization.")
    UUID orgId;

    @Option(names = "--dry-run", description = "Count what would change; write nothing.")
    boolean dryRun;

    @Option(
        names = "--batch-size",
        paramLabel = "N",
        defaultValue = "" + BackfillNextOccurrences.DEFAULT_BATCH_SIZE,
        description = "Date items per transaction (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(
        names = "--workers",
        paramLabel = "N",
        description =
            "Batches planned and written at once, one database connection each, beside the one"
                + " reading (default: CPUs, at most 4).")
    Integer workers;

    @Override
    public Integer call() {
      int parallel =
          workers != null ? workers : Math.min(4, Runtime.getRuntime().availableProcessors());
      if (parallel < 1 || parallel > 8) {
        throw new ValidationException("workers", "must be 1 to 8, got " + parallel);
      }
      if (batchSize < 1 || batchSize > 50_000) {
        throw new ValidationException("batch-size", "must be 1 to 50000, got " + batchSize);
      }
      PrintWriter out = context.out();
      PrintWriter err = context.err();
      try (DatabaseSession session =
          DatabaseSession.open(context.settings(), "backfill", parallel + 1)) {
        session.requireCurrentSchema();
        var backfill = session.concierge().backfill();
        long started = System.nanoTime();
        long[] lastReport = {started};
        ScheduleTotals totals =
            backfill.run(
                orgId,
                dryRun,
                batchSize,
                parallel,
                progress -> {
                  long now = System.nanoTime();
                  if (now - lastReport[0] >= PROGRESS_EVERY.toNanos()) {
                    lastReport[0] = now;
                    err.printf(
                        "… %d date items examined, %d changed%n",
                        progress.examined(), progress.itemsChanged());
                    err.flush();
                  }
                });
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(
            "%sexamined=%d next_occurrence_changed=%d reminders_changed=%d reminders_rearmed=%d"
                + " stale=%d invalid_rules=%d seconds=%.1f rate=%.0f/s%n",
            dryRun ? "dry run: " : "",
            totals.examined(),
            totals.itemsChanged(),
            totals.remindersChanged(),
            totals.remindersRearmed(),
            totals.stale(),
            totals.invalidRules().size(),
            seconds,
            seconds > 0 ? totals.examined() / seconds : 0.0);
        totals.invalidRules().stream()
            .limit(20)
            .forEach(id -> err.println("invalid recurrence_rule on date item " + id));
        if (totals.itemsChanged() + totals.remindersChanged() > 0 && !dryRun) {
          out.printf("vacuumed dates and reminders in %.1f s%n", vacuum(session));
        }
        return ExitCodes.OK;
      }
    }

    /**
     * Every row a backfill changed left a dead version behind (a million after a first backfill):
     * vacuumed now, the first reads after it do not walk them until autovacuum comes round. It
     * takes no lock that blocks the service's reads or writes.
     */
    static double vacuum(DatabaseSession session) {
      long started = System.nanoTime();
      session
          .database()
          .jdbi()
          .useHandle(h -> h.execute("vacuum (analyze) date_items, reminder_rules"));
      return (System.nanoTime() - started) / 1e9;
    }
  }
}
