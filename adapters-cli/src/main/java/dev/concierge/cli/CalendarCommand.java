package dev.concierge.cli;

import dev.concierge.core.access.Caller;
import dev.concierge.core.organization.Organization;
import java.io.PrintWriter;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code calendar export PERSON_ID}: a person's dates as the iCalendar their feed serves. */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "iCalendar (.ics) of a person's dates.",
    subcommands = {CalendarCommand.Export.class, CommandLine.HelpCommand.class})
final class CalendarCommand extends CommandGroup {

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Print a person's dates as iCalendar (RFC 5545), the text their calendar feed serves:",
        "concierge-admin calendar export PERSON_ID > sarah.ics"
      })
  static final class Export implements Callable<Integer> {
    @Mixin CommandContext context;

    @Parameters(paramLabel = "PERSON_ID", description = "The person whose dates to print.")
    UUID personId;

    @Option(
        names = "--org",
        paramLabel = "ORG_ID",
        description = "The person's organization (default: the default organization).")
    UUID org = Organization.DEFAULT_ID;

    @Override
    public Integer call() {
      try (DatabaseSession session = DatabaseSession.open(context.settings(), "calendar")) {
        session.requireCurrentSchema();
        Caller operator = Caller.operator(org, "concierge-admin calendar");
        String text =
            session
                .concierge()
                .organizationScope()
                .within(org, () -> session.concierge().calendarFeeds().export(operator, personId));
        PrintWriter out = context.out();
        out.print(text);
        out.flush();
      }
      return ExitCodes.OK;
    }
  }
}
