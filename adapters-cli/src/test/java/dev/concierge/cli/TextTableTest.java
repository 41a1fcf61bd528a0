package dev.concierge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void every_column_is_as_wide_as_its_widest_value_and_numbers_align_right() {
    String printed =
        print(
            TextTable.of("VERSION", "INSTALLED", "PERSONS", "NAME")
                .row("1", Instant.parse("2026-12-05T10:29:34.987929Z"), 12, "schema")
                .row("10", null, 1234, "a longer description"));

    assertThat(printed.lines())
        .containsExactly(
            "VERSION  INSTALLED             PERSONS  NAME",
            "1        2026-12-05T10:29:34Z       12  schema",
            "10       -                        1234  a longer description");
  }

  @Test
  void a_heading_wider_than_its_values_sets_the_width_and_the_last_column_is_not_padded() {
    String printed = print(TextTable.of("ORGANIZATION", "NAME").row("a", "x"));

    assertThat(printed.lines()).containsExactly("ORGANIZATION  NAME", "a             x");
  }

  @Test
  void a_row_of_the_wrong_length_is_refused() {
    assertThatThrownBy(() -> TextTable.of("A", "B").row("only one"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String print(TextTable table) {
    StringWriter out = new StringWriter();
    try (PrintWriter writer = new PrintWriter(out)) {
      table.print(writer);
    }
    return out.toString();
  }
}
