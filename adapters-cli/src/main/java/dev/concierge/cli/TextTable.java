package dev.concierge.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table for a terminal: each column as wide as its widest value or heading, two spaces between
 * columns, the last one unpadded (it holds free text such as names). Numbers are right-aligned.
 */
final class TextTable {
  private static final String GAP = "  ";

  private final String[] headings;
  private final boolean[] numeric;
  private final List<String[]> rows = new ArrayList<>();

  private TextTable(String[] headings) {
    this.headings = headings;
    this.numeric = new boolean[headings.length];
  }

  static TextTable of(String... headings) {
    return new TextTable(headings.clone());
  }

  /**
   * Adds a row; {@code null} shows as "-", instants to the second, numbers right-aligned.
   *
   * @throws IllegalArgumentException when the row has another number of cells than headings
   */
  TextTable row(Object... cells) {
    if (cells.length != headings.length) {
      throw new IllegalArgumentException(
          "a row of " + cells.length + " cells in a table of " + headings.length + " columns");
    }
    String[] text = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      text[i] = cell(cells[i]);
      if (cells[i] instanceof Number) {
        numeric[i] = true;
      }
    }
    rows.add(text);
    return this;
  }

  void print(PrintWriter out) {
    int[] widths = Arrays.stream(headings).mapToInt(String::length).toArray();
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    line(out, headings, widths);
    for (String[] row : rows) {
      line(out, row, widths);
    }
  }

  private void line(PrintWriter out, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      boolean last = i == cells.length - 1;
      String padding = " ".repeat(widths[i] - cells[i].length());
      if (numeric[i]) {
        line.append(padding).append(cells[i]);
      } else {
        line.append(cells[i]).append(last ? "" : padding);
      }
      if (!last) {
        line.append(GAP);
      }
    }
    out.println(line.toString().stripTrailing());
  }

  private static String cell(Object value) {
    if (value == null) {
      return "-";
    }
    if (value instanceof Instant instant) {
      return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
    return value.toString();
  }
}
