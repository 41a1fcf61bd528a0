package dev.concierge.core.exchange;

import dev.concierge.core.errors.FieldError;
import java.util.List;

/**
 * What an import did: of its {@code rows}, how many persons it created, updated and found already
 * as the file has them, how many dates it added, and the rows it skipped (with {@code
 * skip_invalid}) with their reasons.
 */
public record ImportReport(
    int rows,
    int created,
    int updated,
    int unchanged,
    int datesCreated,
    List<Integer> skippedRows,
    List<FieldError> errors) {
  public ImportReport {
    skippedRows = List.copyOf(skippedRows);
    errors = List.copyOf(errors);
  }
}
