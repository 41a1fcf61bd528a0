package dev.concierge.benchmarks;

import dev.concierge.core.access.Caller;
import dev.concierge.core.exchange.ExportKind;
import dev.concierge.core.exchange.ImportReport;
import dev.concierge.library.Concierge;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Load command: a persons CSV import of ROWS rows (default 100,000) into a new organization of a
 * real PostgreSQL (embedded in a temporary directory, or DATABASE_URL), then the same file again
 * (every row matched, nothing written), then the persons export of them all.
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl benchmarks -am
 * java -cp benchmarks/target/benchmarks.jar dev.concierge.benchmarks.ImportLoad [ROWS]
 * </pre>
 *
 * Every row has an external id, a name, a birthday (one in ten without its year), a zone and an
 * email address; one in three an anniversary. So the first import writes ROWS persons, ROWS email
 * identities, about 1.33 × ROWS yearly dates and an audit entry for each, in one transaction.
 */
public final class ImportLoad {
  private static final String[] ZONES = {
    "America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Sydney", "Europe/Paris"
  };

  private ImportLoad() {}

  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    System.out.printf(
        "cpus=%d %s load=%s%n",
        Runtime.getRuntime().availableProcessors(),
        DashboardLoad.cpu(),
        DashboardLoad.loadAverage());
    byte[] csv = csv(rows);
    System.out.printf("file: %d rows, %.1f MB%n", rows, csv.length / 1e6);
    try (LoadDatabase load = LoadDatabase.open("concierge-import-load");
        Concierge concierge =
            Concierge.builder().database(load.database()).migrate(false).build()) {
      UUID org =
          load.database()
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              "insert into organizations (name) values ('Import load')"
                                  + " returning org_id")
                          .mapTo(UUID.class)
                          .one());
      Caller desk = Caller.operator(org, "import load");
      for (String run : new String[] {"first import (writes)", "second import (all matched)"}) {
        long t0 = System.nanoTime();
        ImportReport report =
            concierge
                .organizationScope()
                .within(
                    org,
                    () ->
                        concierge
                            .personImport()
                            .fromCsv(desk, new ByteArrayInputStream(csv), false));
        report(
            run
                + ": created="
                + report.created()
                + " unchanged="
                + report.unchanged()
                + " dates="
                + report.datesCreated(),
            t0,
            rows);
      }
      long t1 = System.nanoTime();
      CountingWriter out = new CountingWriter();
      concierge
          .organizationScope()
          .within(
              org,
              () -> {
                concierge.exports().write(desk, ExportKind.PERSONS, out);
                return null;
              });
      report(String.format("persons export: %.1f MB", out.chars / 1e6), t1, rows);
      System.out.printf(
          "heap used after: %d MB%n",
          (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }
  }

  private static byte[] csv(int rows) {
    StringBuilder csv =
        new StringBuilder(
            "external_id,full_name,preferred_name,birthday,timezone,email,anniversary\n");
    for (int i = 1; i <= rows; i++) {
      int month = 1 + i % 12;
      int day = 1 + i % 28;
      String birthday =
          i % 10 == 0
              ? String.format("--%02d-%02d", month, day)
              : String.format("%d-%02d-%02d", 1940 + i % 60, month, day);
      String anniversary =
          i % 3 == 0 ? String.format("%d-%02d-%02d", 1990 + i % 30, day % 12 + 1, day) : "";
      csv.append("crm-")
          .append(i)
          .append(",Client ")
          .append(i)
          .append(" Müller,C")
          .append(i)
          .append(',')
          .append(birthday)
          .append(',')
          .append(ZONES[i % ZONES.length])
          .append(",client")
          .append(i)
          .append("@example.com,")
          .append(anniversary)
          .append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void report(String what, long startedNanos, long count) {
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    System.out.printf("%s%n  %.1f s, %.0f rows/s%n", what, seconds, count / seconds);
    System.out.flush();
  }

  /** Counts what an export writes and keeps none of it. */
  private static final class CountingWriter extends Writer {
    long chars;

    @Override
    public void write(char[] buffer, int offset, int length) {
      chars += length;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
