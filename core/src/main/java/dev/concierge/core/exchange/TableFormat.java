package dev.concierge.core.exchange;

import java.io.InputStream;
import java.io.Writer;
import java.util.List;

/** How tables are written and read in a file (CSV); an adapter implements it. */
public interface TableFormat {
  /**
   * A writer that has already written {@code header} to {@code out}. Bytes are the caller's to
   * choose: the API and the command line write UTF-8.
   */
  TableWriter writer(Writer out, List<String> header);

  /**
   * Every record of the file under the columns its header row names.
   *
   * @throws dev.concierge.core.errors.ValidationException on {@code file} when it cannot be read as
   *     a table (no header, a column named twice, a quote left open), saying where
   */
  List<TableRow> read(InputStream in);
}
