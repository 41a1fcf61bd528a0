package dev.concierge.persistence;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * Many rows written by one statement: each column bound as one array, which the statement reads
 * back as rows with {@code unnest(cast(:column as type[]), …)}. A JDBC batch sends and executes a
 * statement per row; this executes one per {@value #CHUNK} rows, so the server plans, checks the
 * row-level policy's setting and maintains its indexes per statement rather than per row.
 */
final class ColumnArrays {
  /** Rows per statement: big enough to make per-statement costs vanish, small enough to hold. */
  static final int CHUNK = 10_000;

  private ColumnArrays() {}

  /**
   * Runs {@code sql} once per {@value #CHUNK} of {@code rows}, its arrays bound by {@code bind}.
   */
  static <T> void write(Handle handle, String sql, List<T> rows, BiConsumer<Update, List<T>> bind) {
    for (int from = 0; from < rows.size(); from += CHUNK) {
      Update update = handle.createUpdate(sql);
      bind.accept(update, rows.subList(from, Math.min(rows.size(), from + CHUNK)));
      update.execute();
    }
  }

  /**
   * One column of {@code rows} as text (null stays null), for a {@code text[]} the statement casts
   * to the column's type: dates, zones, wire names and JSON travel as their text.
   */
  static <T> List<String> text(List<T> rows, Function<T, ?> column) {
    return rows.stream()
        .map(
            row -> {
              Object value = column.apply(row);
              return value == null ? null : value.toString();
            })
        .toList();
  }
}
