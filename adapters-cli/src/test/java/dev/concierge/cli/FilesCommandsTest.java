package dev.concierge.cli;

import static dev.concierge.cli.ConciergeAdminTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.cli.ConciergeAdminTest.Run;
import dev.concierge.persistence.testing.SharedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, export and report at the command line, in the default organization. */
class FilesCommandsTest {
  private final Map<String, String> env =
      Map.of("DATABASE_URL", SharedPostgres.freshDatabase().jdbcUrl() + "?user=postgres");

  @TempDir Path dir;

  @Test
  void an_invalid_file_prints_every_bad_row_imports_nothing_and_skip_invalid_imports_the_rest()
      throws Exception {
    Path csv = dir.resolve("clients.csv");
    Files.writeString(
        csv,
        "external_id,full_name,birthday,email\n"
            + "crm-1,Sarah Chen,1985-03-15,sarah@example.com\n"
            + "crm-2,Tom Baker,15/03/1985,tom@example.com\n"
            + "crm-3,,,ana@example.com\n",
        StandardCharsets.UTF_8);
    migrate();

    Run refused = run(env, "import", "persons", csv.toString());
    Run emptyExport = run(env, "export", "persons");
    Run skipped = run(env, "import", "persons", csv.toString(), "--skip-invalid");
    Run again = run(env, "import", "persons", csv.toString(), "--skip-invalid");
    Run export = run(env, "export", "persons");

    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err())
        .contains("nothing imported")
        .contains("row 3.birthday: is not a date")
        .contains("row 4.full_name: is required");
    assertThat(emptyExport.out().lines()).hasSize(1);
    assertThat(skipped.code()).as(skipped.err()).isZero();
    assertThat(skipped.out())
        .startsWith("3 rows: 1 created, 0 updated, 0 unchanged, 1 dates added");
    assertThat(again.out()).startsWith("3 rows: 0 created, 0 updated, 1 unchanged, 0 dates added");
    assertThat(export.out().lines()).hasSize(2);
    assertThat(export.out()).contains("crm-1,Sarah Chen,,client,1985-03-15,America/New_York");
  }

  @Test
  void report_writes_a_pdf_of_the_clients_year_and_an_unknown_person_leaves_no_file()
      throws Exception {
    Path csv = dir.resolve("one.csv");
    Files.writeString(csv, "full_name,birthday\nZoë Müller,--03-15\n", StandardCharsets.UTF_8);
    migrate();
    run(env, "import", "persons", csv.toString());
    String id = run(env, "export", "persons").out().lines().skip(1).findFirst().orElseThrow();
    id = id.substring(0, id.indexOf(','));
    Path pdf = dir.resolve("zoe.pdf");
    Path missing = dir.resolve("missing.pdf");

    Run report = run(env, "report", id, "-o", pdf.toString());
    Run unknown =
        run(env, "report", "00000000-0000-0000-0000-00000000abcd", "-o", missing.toString());

    assertThat(report.code()).as(report.err()).isZero();
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(Files.list(dir)).noneMatch(f -> f.getFileName().toString().startsWith("missing"));
  }

  private void migrate() {
    assertThat(run(env, "db", "migrate").code()).isZero();
  }
}
