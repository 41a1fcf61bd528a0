package dev.concierge.cli;

import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.exchange.ExportKind;
import dev.concierge.core.exchange.ImportReport;
import dev.concierge.core.organization.Organization;
import dev.concierge.library.Concierge;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export}, {@code import} and {@code report}: the API's file operations at the command line,
 * run as the operator inside the organization's scope, through the same use cases.
 */
final class FilesCommands {
  private FilesCommands() {}

  /** The organization a command works in, and running its use cases inside its scope. */
  static final class OrgOption {
    @Option(
        names = "--org",
        paramLabel = "ORG_ID",
        description = "The organization (default: the default organization).")
    UUID org = Organization.DEFAULT_ID;

    <T> T run(CommandContext context, String command, Function<CallerIn, T> work) {
      try (DatabaseSession session = DatabaseSession.open(context.settings(), command)) {
        session.requireCurrentSchema();
        Concierge concierge = session.concierge();
        Caller caller = Caller.operator(org, "concierge-admin " + command);
        return concierge
            .organizationScope()
            .within(org, () -> work.apply(new CallerIn(concierge, caller)));
      }
    }
  }

  record CallerIn(Concierge concierge, Caller caller) {}

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Write an organization's persons, date items or reminders to stdout as CSV (RFC 4180,"
            + " UTF-8, a header row; the columns the API's /api/v1/exports/*.csv write).",
        "A persons export re-imports as it is with 'import persons'."
      })
  static final class Export implements Callable<Integer> {
    @Mixin CommandContext context;
    @Mixin OrgOption org;

    @Parameters(
        paramLabel = "WHAT",
        description = "persons, date-items or reminders",
        converter = KindConverter.class)
    ExportKind kind;

    @Override
    public Integer call() {
      org.run(
          context,
          "export",
          in -> {
            in.concierge().exports().write(in.caller(), kind, context.out());
            return null;
          });
      context.out().flush();
      return ExitCodes.OK;
    }
  }

  static final class KindConverter implements picocli.CommandLine.ITypeConverter<ExportKind> {
    @Override
    public ExportKind convert(String value) {
      return ExportKind.fromWireName(value.toLowerCase(Locale.ROOT))
          .orElseThrow(
              () ->
                  new picocli.CommandLine.TypeConversionException(
                      "'"
                          + value
                          + "' is not one of "
                          + String.join(
                              ", ",
                              Arrays.stream(ExportKind.values())
                                  .map(ExportKind::wireName)
                                  .toList())));
    }
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Import persons, with their birthdays and anniversaries as yearly dates, from a CSV file"
            + " (the columns 'export persons' writes, plus anniversary) or from vCards (.vcf).",
        "Every row is checked first; when any is invalid nothing is imported and each row number"
            + " and reason is printed (exit 2), unless --skip-invalid. Rows match existing persons"
            + " by person_id, external_id, then email, so a file imports once however often it"
            + " is run."
      })
  static final class Import implements Callable<Integer> {
    @Mixin CommandContext context;
    @Mixin OrgOption org;

    @Parameters(index = "0", paramLabel = "WHAT", description = "persons")
    String what;

    @Parameters(index = "1", paramLabel = "FILE", description = "a .csv or .vcf file")
    Path file;

    @Option(
        names = "--skip-invalid",
        description = "Import the valid rows and report the invalid ones.")
    boolean skipInvalid;

    @Override
    public Integer call() throws IOException {
      if (!what.equals("persons")) {
        throw new ValidationException("WHAT", "only persons are imported, not '" + what + "'");
      }
      boolean vcard = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".vcf");
      PrintWriter out = context.out();
      ImportReport report;
      try (InputStream in = Files.newInputStream(file)) {
        report =
            org.run(
                context,
                "import",
                run ->
                    vcard
                        ? run.concierge().personImport().fromVCards(run.caller(), in, skipInvalid)
                        : run.concierge().personImport().fromCsv(run.caller(), in, skipInvalid));
      } catch (ValidationException e) {
        PrintWriter err = context.err();
        err.println("error: nothing imported from " + file + ":");
        e.errors().forEach(error -> err.println("  " + line(error)));
        err.flush();
        return ExitCodes.INVALID_INPUT;
      }
      out.printf(
          "%d rows: %d created, %d updated, %d unchanged, %d dates added, %d skipped%n",
          report.rows(),
          report.created(),
          report.updated(),
          report.unchanged(),
          report.datesCreated(),
          report.skippedRows().size());
      report.errors().forEach(error -> out.println("skipped " + line(error)));
      return ExitCodes.OK;
    }

    private static String line(FieldError error) {
      return error.field() + ": " + error.message();
    }
  }

  @Command(
      name = "report",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description =
          "Write a client's year at a glance as a PDF: every date and reminder of the next twelve"
              + " months in their zone, open projects and tasks, recent recommendations.")
  static final class Report implements Callable<Integer> {
    @Mixin CommandContext context;
    @Mixin OrgOption org;

    @Parameters(paramLabel = "PERSON_ID", description = "The client.")
    UUID person;

    @Option(
        names = {"-o", "--output"},
        required = true,
        paramLabel = "FILE",
        description = "Where to write the PDF.")
    Path output;

    @Override
    public Integer call() {
      // written beside the output first, so a failed report leaves no half-written file there
      Path partial = output.resolveSibling(output.getFileName() + ".partial");
      try {
        org.run(
            context,
            "report",
            in -> {
              try (OutputStream out = Files.newOutputStream(partial)) {
                in.concierge().clientReports().write(in.caller(), person, out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              return null;
            });
        Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        deleteQuietly(partial);
      }
      context.out().println("Wrote " + output);
      return ExitCodes.OK;
    }

    private static void deleteQuietly(Path file) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // nothing was there to clean up, or the disk refuses: the report's own error is the news
      }
    }
  }
}
