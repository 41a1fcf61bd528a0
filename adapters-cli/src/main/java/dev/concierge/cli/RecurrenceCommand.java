package dev.concierge.cli;

import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.time.Recurrence;
import dev.concierge.core.time.RecurrenceRule;
import dev.concierge.core.time.ZonedRecurrence;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "recurrence",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Work with RFC 5545 recurrence rules.",
    subcommands = RecurrenceCommand.Expand.class)
final class RecurrenceCommand extends CommandGroup {

  @Command(
      name = "expand",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Print a rule's first occurrences, one per line, as YYYY-MM-DDTHH:MM:SS local to ZONE",
        "(floating without --tz). DTSTART is the first occurrence only when it matches the rule.",
        "Needs no database."
      })
  static final class Expand implements Callable<Integer> {
    private static final DateTimeFormatter LOCAL =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    @Mixin CommandContext context;

    @Option(
        names = "--rrule",
        required = true,
        paramLabel = "RULE",
        description = "e.g. FREQ=MONTHLY;BYDAY=-1FR")
    String rrule;

    @Option(names = "--dtstart", required = true, paramLabel = "YYYY-MM-DD[THH:MM[:SS]]")
    String dtstart;

    @Option(
        names = "--tz",
        paramLabel = "ZONE",
        description = "IANA zone of DTSTART, e.g. America/New_York")
    String zone;

    @Option(
        names = "--count",
        paramLabel = "N",
        defaultValue = "10",
        description = "How many (default ${DEFAULT-VALUE}).")
    int count;

    @Override
    public Integer call() {
      if (count < 1) {
        throw new ValidationException("count", "must be at least 1, got " + count);
      }
      RecurrenceRule rule = RecurrenceRule.parse(rrule);
      LocalDateTime start = parseStart(dtstart);
      Stream<LocalDateTime> occurrences =
          zone == null
              ? new Recurrence(rule, start).occurrences()
              : new ZonedRecurrence(rule, ZonedDateTime.of(start, parseZone(zone)))
                  .occurrences()
                  .map(ZonedDateTime::toLocalDateTime);
      PrintWriter out = context.out();
      occurrences.limit(count).forEach(o -> out.println(LOCAL.format(o)));
      return ExitCodes.OK;
    }

    private static LocalDateTime parseStart(String value) {
      try {
        return value.contains("T")
            ? LocalDateTime.parse(value.length() == 16 ? value + ":00" : value)
            : LocalDate.parse(value).atStartOfDay();
      } catch (DateTimeParseException e) {
        throw new ValidationException(
            "dtstart", "\"" + value + "\" is not YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]");
      }
    }

    private static ZoneId parseZone(String value) {
      try {
        return ZoneId.of(value);
      } catch (DateTimeException e) {
        throw new ValidationException("tz", "\"" + value + "\" is not an IANA time zone");
      }
    }
  }
}
