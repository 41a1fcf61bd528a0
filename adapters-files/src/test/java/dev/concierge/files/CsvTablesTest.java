package dev.concierge.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.exchange.TableRow;
import dev.concierge.core.exchange.TableWriter;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTablesTest {
  private final CsvTables csv = new CsvTables();

  @Test
  void what_is_written_reads_back_the_same_quotes_commas_newlines_and_formulas_included() {
    StringWriter out = new StringWriter();
    try (TableWriter table = csv.writer(out, List.of("full_name", "notes"))) {
      table.row("Sarah \"Sal\" Chen, Jr.", "line one\nline two");
      table.row("=SUM(A1:A9)", null);
      table.row("李小龙", "-5");
    }

    assertThat(out.toString())
        .startsWith("full_name,notes\r\n\"Sarah \"\"Sal\"\" Chen, Jr.\",\"line one\nline two\"\r\n")
        .contains("'=SUM(A1:A9),\r\n");
    List<TableRow> rows = read(out.toString());
    assertThat(rows).extracting(TableRow::number).containsExactly(2, 3, 4);
    assertThat(rows.get(0).cell("full_name")).isEqualTo("Sarah \"Sal\" Chen, Jr.");
    assertThat(rows.get(0).cell("notes")).isEqualTo("line one\nline two");
    assertThat(rows.get(1).cell("full_name")).isEqualTo("=SUM(A1:A9)");
    assertThat(rows.get(1).cell("notes")).isNull();
    assertThat(rows.get(2).cell("notes")).isEqualTo("-5");
  }

  @Test
  void a_byte_order_mark_is_skipped_and_bytes_that_are_not_utf8_are_refused() {
    assertThat(read("\uFEFFfull_name\nZoë\n").get(0).cell("full_name")).isEqualTo("Zoë");
    byte[] latin1 = "full_name\nZo\u00eb\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> csv.read(new ByteArrayInputStream(latin1)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void a_ragged_row_an_open_quote_or_a_column_named_twice_is_refused_naming_where() {
    assertThatThrownBy(() -> read("a,b\n1,2\n3\n4,5,6\n"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("row 3: has 1 cells")
        .hasMessageContaining("row 4: has 3 cells");
    assertThatThrownBy(() -> read("a\n\"open\n"))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("file:");
    assertThatThrownBy(() -> read("a,a\n1,2\n"))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("file:");
  }

  private List<TableRow> read(String text) {
    return csv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
