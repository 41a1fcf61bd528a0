package dev.concierge.cli;

import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.organization.NewOrganization;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.organization.OrganizationSummary;
import dev.concierge.core.organization.Organizations;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "orgs",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Create and list organizations (the tenants of this installation).",
    subcommands = {
      OrgsCommand.Create.class,
      OrgsCommand.ListOrgs.class,
      CommandLine.HelpCommand.class
    })
final class OrgsCommand extends CommandGroup {
  /** The actor of the audit entry a created organization starts its log with. */
  private static final String OPERATOR = "concierge-admin orgs";

  static <T> T withOrganizations(CommandContext context, Function<Organizations, T> action) {
    try (DatabaseSession session = DatabaseSession.open(context.settings(), "orgs")) {
      session.migrations().migrate();
      return action.apply(session.concierge().organization());
    }
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Create an organization. Its id is printed alone on the last line; give it to"
            + " 'api-keys create --org' or 'accounts create --org' for its first admin."
      })
  static final class Create implements Callable<Integer> {
    @Mixin CommandContext context;

    @Option(
        names = "--name",
        required = true,
        paramLabel = "NAME",
        description = "How it is shown (1 to 200 characters).")
    String name;

    @Option(
        names = "--timezone",
        paramLabel = "ZONE",
        description =
            "The IANA time zone new persons get when none is given, e.g. Europe/Paris"
                + " (default: UTC).")
    String timezone;

    @Override
    public Integer call() {
      NewOrganization organization = new NewOrganization(name, zone(timezone));
      Organization created =
          withOrganizations(context, orgs -> orgs.create(OPERATOR, organization));
      PrintWriter out = context.out();
      out.printf(
          "Created organization \"%s\" (time zone %s). Its id:%n",
          created.name(), created.defaultTimezone().getId());
      out.println(created.orgId());
      return ExitCodes.OK;
    }

    /** IANA region ids only, as the API takes them: offsets and abbreviations drift with DST. */
    private static ZoneId zone(String value) {
      if (value == null) {
        return null;
      }
      if (!ZoneId.getAvailableZoneIds().contains(value)) {
        throw new ValidationException(
            "--timezone", "\"" + value + "\" is not an IANA time zone such as Europe/Paris");
      }
      return ZoneId.of(value);
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = "List every organization, oldest first, with how many persons it has.")
  static final class ListOrgs implements Callable<Integer> {
    @Mixin CommandContext context;

    @Override
    public Integer call() {
      List<OrganizationSummary> organizations = withOrganizations(context, Organizations::list);
      PrintWriter out = context.out();
      TextTable table = TextTable.of("ID", "TIME ZONE", "CREATED", "PERSONS", "NAME");
      for (OrganizationSummary summary : organizations) {
        Organization organization = summary.organization();
        table.row(
            organization.orgId(),
            organization.defaultTimezone().getId(),
            organization.createdAt(),
            summary.persons(),
            organization.name());
      }
      table.print(out);
      return ExitCodes.OK;
    }
  }
}
