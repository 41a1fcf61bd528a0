package dev.concierge.core.exchange;

import java.io.InputStream;
import java.util.List;

/**
 * Reads contact cards (vCard 3.0 and 4.0) as rows of the persons table ({@link
 * ExportKind#PERSONS}'s columns, plus {@code anniversary}), so they are checked and imported as a
 * CSV's rows are; an adapter implements it. A date without a year is written {@code --MM-DD}.
 */
public interface ContactCards {
  /**
   * @throws dev.concierge.core.errors.ValidationException on {@code file} when it holds no card
   */
  List<TableRow> read(InputStream in);
}
