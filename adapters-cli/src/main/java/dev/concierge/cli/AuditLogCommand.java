package dev.concierge.cli;

import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.persistence.JdbiAuditStore;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "audit-log",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Read the audit log: every write, who made it, and the request it came with.",
    subcommands = {AuditLogCommand.Tail.class, CommandLine.HelpCommand.class})
final class AuditLogCommand extends CommandGroup {

  @Command(
      name = "tail",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Print the newest entries, oldest first, one a line:",
        "time, actor (type, id, \"name\", role), action, entity, fields=…, request=….",
        "With --follow, keep printing entries as they are written, until interrupted."
      })
  static final class Tail implements Callable<Integer> {
    @Mixin CommandContext context;

    @Option(
        names = "--org",
        paramLabel = "ORG_ID",
        description = "Only this organization's entries (default: every organization's).")
    UUID org;

    @Option(
        names = "--limit",
        paramLabel = "N",
        defaultValue = "20",
        description = "Entries to print first, 1 to 500 (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--follow", description = "Then poll every second for new entries.")
    boolean follow;

    @Option(
        names = "--entity-type",
        paramLabel = "TYPE",
        description = "Only entries about this kind of entity: person, date_item, reminder, ….")
    String entityType;

    // tests end a follow after a few polls, and poll faster than an operator needs
    @Option(names = "--max-polls", hidden = true, defaultValue = "" + Long.MAX_VALUE)
    long maxPolls;

    @Option(names = "--poll-millis", hidden = true, defaultValue = "1000")
    long pollMillis;

    @Override
    public Integer call() {
      if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
        throw new ValidationException(
            "limit", "must be 1 to " + PageRequest.MAX_LIMIT + ", got " + limit);
      }
      EntityType type = entityType == null ? null : entityType();
      try (DatabaseSession session = DatabaseSession.open(context.settings(), "audit-log")) {
        session.requireCurrentSchema();
        AuditTail tail = new AuditTail(new JdbiAuditStore(session.database().jdbi()), org, type);
        PrintWriter out = context.out();
        print(out, tail.start(limit));
        for (long polls = 0; follow && polls < maxPolls; polls++) {
          try {
            Thread.sleep(pollMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            break;
          }
          print(out, tail.poll());
        }
        return ExitCodes.OK;
      }
    }

    private EntityType entityType() {
      return EntityType.fromWireName(entityType)
          .orElseThrow(
              () ->
                  new ValidationException(
                      "entity-type",
                      "must be one of "
                          + Arrays.stream(EntityType.values())
                              .map(EntityType::wireName)
                              .collect(Collectors.joining(", "))));
    }

    private void print(PrintWriter out, List<AuditEntry> entries) {
      for (AuditEntry e : entries) {
        out.printf(
            "%s  %s%s %s \"%s\" %s  %s %s %s  fields=%s  request=%s%n",
            e.createdAt(),
            org == null ? "org=" + e.orgId() + "  " : "",
            e.actorType().wireName(),
            e.actorId() == null ? "-" : e.actorId(),
            e.actorName() == null ? "" : e.actorName(),
            e.actorRole() == null ? "-" : e.actorRole(),
            e.action().wireName(),
            e.entityType().wireName(),
            e.entityId() == null ? "-" : e.entityId(),
            e.fields().isEmpty() ? "-" : String.join(",", e.fields()),
            e.requestId() == null ? "-" : e.requestId());
      }
      // a follower reads the lines as they come, not when the command ends
      out.flush();
    }
  }
}
