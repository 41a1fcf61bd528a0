package dev.concierge.http;

import dev.concierge.core.exchange.ExportKind;
import dev.concierge.core.exchange.Exports;
import dev.concierge.core.exchange.ImportReport;
import dev.concierge.core.exchange.PersonImport;
import dev.concierge.core.reports.ClientReports;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Files in and out of /api/v1: CSV exports (streamed as they are read), persons imports (CSV or
 * vCard, read with a limit of their own: a 100,000-row file is larger than a JSON body may be) and
 * a client's PDF report.
 */
final class FilesController {
  /** An import's file may be this large; every other body stays within the server's limit. */
  static final long IMPORT_MAX_BYTES = 64L * 1024 * 1024;

  private final Exports exports;
  private final PersonImport imports;
  private final ClientReports reports;

  FilesController(Exports exports, PersonImport imports, ClientReports reports) {
    this.exports = exports;
    this.imports = imports;
    this.reports = reports;
  }

  List<Operation> operations() {
    return List.of(
        Operation.get(
            "/api/v1/exports/persons.csv",
            "exportPersons",
            Access.READ,
            ctx -> export(ctx, ExportKind.PERSONS)),
        Operation.get(
            "/api/v1/exports/date-items.csv",
            "exportDateItems",
            Access.READ,
            ctx -> export(ctx, ExportKind.DATE_ITEMS)),
        Operation.get(
            "/api/v1/exports/reminders.csv",
            "exportReminders",
            Access.READ,
            ctx -> export(ctx, ExportKind.REMINDERS)),
        Operation.post(
            "/api/v1/imports/persons", "importPersons", Access.WRITE, this::importPersons),
        Operation.get(
            "/api/v1/persons/{person_id}/report.pdf",
            "getPersonReport",
            Access.READ,
            this::report));
  }

  private void export(Context ctx, ExportKind kind) throws IOException {
    ctx.contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + kind.wireName() + ".csv\"");
    var csv = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    exports.write(Authentication.caller(ctx), kind, csv);
    csv.flush();
  }

  private void importPersons(Context ctx) throws IOException {
    boolean skipInvalid = Params.queryBool(ctx, "skip_invalid", false);
    String type = mediaType(ctx);
    ImportReport report;
    try (InputStream body = new Bounded(ctx.bodyInputStream(), IMPORT_MAX_BYTES)) {
      report =
          switch (type) {
            case "text/csv" -> imports.fromCsv(Authentication.caller(ctx), body, skipInvalid);
            case "text/vcard", "text/x-vcard", "text/directory" ->
                imports.fromVCards(Authentication.caller(ctx), body, skipInvalid);
            default ->
                throw new HttpResponseException(
                    415, "Send the file as text/csv or text/vcard, not " + type + ".");
          };
    }
    ctx.json(report); // its fields are the API's, in snake_case
  }

  private static String mediaType(Context ctx) {
    String header = ctx.header("Content-Type");
    return header == null ? "" : header.split(";")[0].strip().toLowerCase(Locale.ROOT);
  }

  private void report(Context ctx) {
    UUID personId = Params.pathUuid(ctx, "person_id");
    var pdf = new ByteArrayOutputStream();
    reports.write(Authentication.caller(ctx), personId, pdf);
    ctx.contentType("application/pdf")
        .header("Content-Disposition", "inline; filename=\"report-" + personId + ".pdf\"")
        .result(pdf.toByteArray());
  }

  /** A body that is refused as too large (413) once it has given {@code max} bytes. */
  private static final class Bounded extends FilterInputStream {
    private long left;

    Bounded(InputStream in, long max) {
      super(in);
      this.left = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      left -= n;
      if (left < 0) {
        throw new HttpResponseException(413, "The file is larger than an import accepts.");
      }
    }
  }
}
