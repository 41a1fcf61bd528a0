package dev.concierge.files;

import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.exchange.TableFormat;
import dev.concierge.core.exchange.TableRow;
import dev.concierge.core.exchange.TableWriter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as RFC 4180 has it (comma, double quotes doubled inside quoted cells, CRLF), with a header
 * row, on Commons CSV. Reading takes a UTF-8 byte order mark (spreadsheets write one) and refuses
 * bytes that are not UTF-8. A cell that a spreadsheet would run as a formula ({@code =}, {@code +},
 * {@code -}, {@code @} first) is written behind a single quote, which reading takes off again, so
 * an export opened in a spreadsheet runs nothing and still re-imports as it was.
 */
public final class CsvTables implements TableFormat {
  private static final CSVFormat WRITE = CSVFormat.RFC4180;
  private static final CSVFormat READ =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  @Override
  public TableWriter writer(Writer out, List<String> header) {
    try {
      CSVPrinter printer = new CSVPrinter(new BufferedWriter(out, 64 * 1024), WRITE);
      printer.printRecord(header);
      return new Printer(printer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<TableRow> read(InputStream in) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (var reader = new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024)) {
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      return rows(CSVParser.parse(reader, READ));
    } catch (CharacterCodingException e) {
      throw notUtf8();
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw notUtf8();
      }
      throw new ValidationException("file", "is not a CSV file with a header row: " + reason(e));
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      // Commons CSV reports a quote left open or a header named twice as these
      throw new ValidationException("file", "is not a CSV file with a header row: " + reason(e));
    }
  }

  private static List<TableRow> rows(CSVParser parser) {
    List<String> header = parser.getHeaderNames();
    if (header.isEmpty()) {
      throw new ValidationException("file", "has no header row");
    }
    Set<String> named = new HashSet<>();
    for (String column : header) {
      if (!named.add(column.strip())) {
        throw new ValidationException("file", "names the column \"" + column + "\" twice");
      }
    }
    List<TableRow> rows = new ArrayList<>();
    List<FieldError> ragged = new ArrayList<>();
    for (CSVRecord record : parser) {
      int number = Math.toIntExact(record.getRecordNumber()) + 1;
      if (record.size() == 1 && record.get(0).isEmpty()) {
        continue; // a blank line
      }
      if (record.size() != header.size()) {
        ragged.add(
            new FieldError(
                "row " + number,
                "has " + record.size() + " cells where the header names " + header.size()));
        continue;
      }
      Map<String, String> cells = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        cells.put(header.get(i).strip(), unguarded(record.get(i)));
      }
      rows.add(new TableRow(number, cells));
    }
    if (!ragged.isEmpty()) {
      throw new ValidationException(ragged);
    }
    return rows;
  }

  private static ValidationException notUtf8() {
    return new ValidationException("file", "is not UTF-8 text");
  }

  private static String reason(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getMessage() == null) {
      cause = cause.getCause();
    }
    return String.valueOf(cause.getMessage());
  }

  static String guarded(String cell) {
    return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  static String unguarded(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0
        ? cell.substring(1)
        : cell;
  }

  private static final class Printer implements TableWriter {
    private final CSVPrinter printer;

    Printer(CSVPrinter printer) {
      this.printer = printer;
    }

    @Override
    public void row(Object... cells) {
      try {
        for (Object cell : cells) {
          printer.print(cell == null ? "" : guarded(cell.toString()));
        }
        printer.println();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        printer.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
