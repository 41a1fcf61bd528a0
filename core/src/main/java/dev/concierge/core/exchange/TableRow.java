package dev.concierge.core.exchange;

import java.util.Map;
import java.util.Objects;

/**
 * One row of a file being imported: its number as a spreadsheet shows it (the header is row 1, the
 * first record row 2; a vCard's number is its place in the file, from 1) and its cells by column
 * name.
 */
public record TableRow(int number, Map<String, String> cells) {
  public TableRow {
    Objects.requireNonNull(cells, "cells");
    cells = Map.copyOf(cells);
  }

  /** The cell of {@code column}, stripped; null when the row has none or it is blank. */
  public String cell(String column) {
    String value = cells.get(column);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
