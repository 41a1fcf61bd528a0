package dev.concierge.cli;

import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.reminders.ReminderRule;
import dev.concierge.core.reminders.delivery.DispatchReport;
import dev.concierge.core.reminders.delivery.PendingReminder;
import dev.concierge.core.reminders.delivery.ReminderDispatcher;
import dev.concierge.persistence.JdbiReminderQueue;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "reminders",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Deliver reminders and look after the ones that are due.",
    subcommands = {
      RemindersCommand.Dispatch.class,
      RemindersCommand.Pending.class,
      RemindersCommand.Retry.class
    })
final class RemindersCommand extends CommandGroup {

  @Command(
      name = "dispatch",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Deliver the reminders that are due, as serve does every REMINDER_CHECK_INTERVAL.",
        "Safe alongside serve and other dispatchers: each reminder is claimed by one of them.",
        "Prints dispatched=N failed=M (and retrying=R: failed for now, tried again later)."
      })
  static final class Dispatch implements Callable<Integer> {
    @Mixin CommandContext context;

    @Option(
        names = "--until-idle",
        description = "Keep going until nothing is due (default: one batch).")
    boolean untilIdle;

    @Override
    public Integer call() {
      try (DatabaseSession session = DatabaseSession.open(context.settings(), "dispatch")) {
        session.requireCurrentSchema();
        // only the dispatcher: building the whole library was most of this command's start-up
        try (ProviderClients providers = ProviderClients.open(context.settings());
            ReminderDispatcher dispatcher =
                providers
                    .configure(DatabaseSession.configured(context.settings()))
                    .database(session.database())
                    .buildDispatcher()) {
          long started = System.nanoTime();
          DispatchReport report =
              untilIdle ? dispatcher.dispatchUntilIdle() : dispatcher.dispatchBatch();
          double seconds = (System.nanoTime() - started) / 1e9;
          PrintWriter out = context.out();
          out.printf(
              "dispatched=%d failed=%d retrying=%d seconds=%.2f rate=%.0f/s%n",
              report.delivered(),
              report.failed(),
              report.retrying(),
              seconds,
              seconds > 0 ? report.claimed() / seconds : 0.0);
          return ExitCodes.OK;
        }
      }
    }
  }

  @Command(
      name = "pending",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = "Show how many reminders are due and not yet delivered, oldest first.")
  static final class Pending implements Callable<Integer> {
    @Mixin CommandContext context;

    @Option(
        names = "--limit",
        paramLabel = "N",
        defaultValue = "20",
        description = "Reminders to list (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
      if (limit < 0 || limit > 10_000) {
        throw new ValidationException("limit", "must be 0 to 10000, got " + limit);
      }
      try (DatabaseSession session = DatabaseSession.open(context.settings(), "reminders")) {
        session.requireCurrentSchema();
        JdbiReminderQueue queue = new JdbiReminderQueue(session.database().jdbi());
        Instant now = Instant.now();
        PrintWriter out = context.out();
        out.printf(
            "due=%d oldest_due=%s%n",
            queue.countDue(now), queue.oldestDue(now).map(Instant::toString).orElse("-"));
        for (PendingReminder reminder : queue.listDue(now, limit)) {
          out.printf(
              "%s  org %s  due %s  attempts %d%s%s%n",
              reminder.reminderRuleId(),
              reminder.orgId(),
              reminder.scheduledAt(),
              reminder.attemptCount(),
              reminder.nextAttemptAt() == null ? "" : "  next attempt " + reminder.nextAttemptAt(),
              reminder.claimedBy() == null ? "" : "  claimed by " + reminder.claimedBy());
        }
        return ExitCodes.OK;
      }
    }
  }

  @Command(
      name = "retry",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description =
          "Queue a sent or failed reminder again (as POST /api/v1/reminders/{id}/retry does).")
  static final class Retry implements Callable<Integer> {
    @Mixin CommandContext context;

    @Parameters(paramLabel = "REMINDER_ID", description = "The reminder rule's id.")
    UUID reminderRuleId;

    @Override
    public Integer call() {
      try (DatabaseSession session = DatabaseSession.open(context.settings(), "reminders")) {
        session.requireCurrentSchema();
        Clock clock = Clock.systemUTC();
        UUID orgId =
            new JdbiReminderQueue(session.database().jdbi())
                .organizationOf(reminderRuleId)
                .orElseThrow(() -> new NotFoundException("reminder", reminderRuleId));
        Caller operator = Caller.operator(orgId, "concierge-admin reminders retry");
        ReminderRule retried = session.concierge().reminders().retry(operator, reminderRuleId);
        context
            .out()
            .printf(
                "%s queued for %s (%s)%n",
                retried.reminderRuleId(), retried.scheduledAt(), retried.deliveryStatus());
        return ExitCodes.OK;
      }
    }
  }
}
