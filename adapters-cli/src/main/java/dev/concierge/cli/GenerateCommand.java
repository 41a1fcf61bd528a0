package dev.concierge.cli;

import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.reminders.planning.BackfillNextOccurrences;
import dev.concierge.core.reminders.planning.ScheduleTotals;
import dev.concierge.persistence.JdbiScheduleStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Generate synthetic data for benchmarks and load tests, with set-based SQL: clients in"
          + " eight time zones, each with a primary email identity (person-N@example.invalid),"
          + " yearly dates with a "
          + SyntheticData.LEAD_TIME_DAYS
          + "-day lead-time reminder, reminders already due, one conversation with messages, "
          + SyntheticData.PROJECTS_PER_PERSON
          + " projects of "
          + SyntheticData.TASKS_PER_PROJECT
          + " tasks.",
      "Then computes next occurrences and reminder times with the backfill"
          + " (as 'backfill next-occurrences' does). Writes into a new organization (its id is"
          + " printed) unless --org is given."
    })
final class GenerateCommand implements Callable<Integer> {
  @Mixin CommandContext context;

  @Option(names = "--persons", required = true, paramLabel = "N", description = "Clients (≥ 1).")
  int persons;

  @Option(
      names = "--dates-per-person",
      required = true,
      paramLabel = "M",
      description = "Yearly date items per client, each with a lead-time reminder (≥ 0).")
  int datesPerPerson;

  @Option(
      names = "--due-now",
      paramLabel = "R",
      defaultValue = "0",
      description =
          "Scheduled reminders already due (in the past, not sent), spread over the clients"
              + " (default ${DEFAULT-VALUE}).")
  int dueNow;

  @Option(
      names = "--messages-per-person",
      paramLabel = "K",
      defaultValue = "0",
      description = "Messages in one conversation per client (default ${DEFAULT-VALUE}).")
  int messagesPerPerson;

  @Option(
      names = "--org",
      paramLabel = "ORG_ID",
      description = "An existing organization to add to (default: a new one).")
  UUID orgId;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description = "Backfill workers, one connection each (default: CPUs, at most 4).")
  Integer workers;

  @Override
  public Integer call() {
    SyntheticData.Spec spec =
        new SyntheticData.Spec(persons, datesPerPerson, dueNow, messagesPerPerson, orgId);
    int parallel =
        workers != null ? workers : Math.min(4, Runtime.getRuntime().availableProcessors());
    if (parallel < 1 || parallel > 8) {
      throw new ValidationException("workers", "must be 1 to 8, got " + parallel);
    }
    PrintWriter out = context.out();
    try (DatabaseSession session =
        DatabaseSession.open(context.settings(), "generate", parallel + 1)) {
      session.migrations().migrate();
      var jdbi = session.database().jdbi();
      long started = System.nanoTime();
      SyntheticData.Outcome outcome = SyntheticData.generate(jdbi, spec);
      double insertSeconds = seconds(started);
      out.printf(
          "organization %s%s%n",
          outcome.orgId(), outcome.newOrganization() ? " (new)" : " (existing)");
      long rows = 0;
      for (Map.Entry<String, Long> count : outcome.counts().entrySet()) {
        out.printf("  %-20s %d%n", count.getKey(), count.getValue());
        rows += count.getValue();
      }
      out.printf("inserted %d rows in %.1f s%n", rows, insertSeconds);
      out.flush();

      long analyzeStarted = System.nanoTime();
      jdbi.useHandle(
          h ->
              h.execute(
                  "analyze persons, comm_identities, date_items, reminder_rules, conversations,"
                      + " messages, projects, tasks"));
      double analyzeSeconds = seconds(analyzeStarted);

      long backfillStarted = System.nanoTime();
      ScheduleTotals totals =
          new BackfillNextOccurrences(new JdbiScheduleStore(jdbi), Clock.systemUTC())
              .run(
                  outcome.orgId(),
                  false,
                  BackfillNextOccurrences.DEFAULT_BATCH_SIZE,
                  parallel,
                  progress -> {});
      double backfillSeconds = seconds(backfillStarted);
      double vacuumSeconds = BackfillCommand.NextOccurrences.vacuum(session);
      out.printf(
          "analyze %.1f s; backfill: examined=%d next_occurrence_changed=%d reminders_changed=%d"
              + " in %.1f s; vacuum %.1f s%n",
          analyzeSeconds,
          totals.examined(),
          totals.itemsChanged(),
          totals.remindersChanged(),
          backfillSeconds,
          vacuumSeconds);
      out.printf("done in %.1f s%n", seconds(started));
      return ExitCodes.OK;
    }
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }
}
