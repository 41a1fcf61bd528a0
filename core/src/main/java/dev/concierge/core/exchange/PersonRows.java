package dev.concierge.core.exchange;

import dev.concierge.core.errors.FieldError;
import dev.concierge.core.persons.PersonType;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Checks the rows of a persons import, every one of them, before anything is written: each valid
 * row becomes an {@link ImportedPerson}, each invalid one a {@link FieldError} per reason on {@code
 * row N.column} (N as a spreadsheet numbers it). A file names the same person twice (by id,
 * external id or email) in the second row's error. Columns the persons export writes are read
 * ({@code created_at} and {@code updated_at} are the database's and ignored), plus {@code
 * anniversary}.
 */
final class PersonRows {
  static final String BIRTHDAY = "Birthday";
  static final String ANNIVERSARY = "Anniversary";
  static final Set<String> COLUMNS =
      Set.copyOf(
          new ArrayList<>(ExportKind.PERSONS.columns()) {
            {
              add("anniversary");
            }
          });

  private PersonRows() {}

  record Checked(List<ImportedPerson> valid, List<FieldError> errors, Set<Integer> invalidRows) {}

  /** The columns of {@code rows} that no persons file has; empty when all are known. */
  static List<FieldError> unknownColumns(List<TableRow> rows) {
    Set<String> seen = new java.util.TreeSet<>();
    rows.forEach(row -> seen.addAll(row.cells().keySet()));
    seen.removeAll(COLUMNS);
    return seen.stream()
        .map(
            column ->
                new FieldError(
                    "file",
                    "unknown column \""
                        + column
                        + "\"; a persons file has "
                        + String.join(", ", ExportKind.PERSONS.columns())
                        + ", anniversary"))
        .toList();
  }

  /**
   * Read once: each call of {@link ZoneId#getAvailableZoneIds()} copies some 600 ids into a new
   * set, which per row was a fair share of a 100,000-row import's time.
   */
  private static final Set<String> REGION_IDS = Set.copyOf(ZoneId.getAvailableZoneIds());

  static Checked check(List<TableRow> rows) {
    List<ImportedPerson> valid = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    Set<Integer> invalid = new java.util.TreeSet<>();
    Map<String, Integer> firstSeen = new HashMap<>();
    for (TableRow row : rows) {
      RowErrors rowErrors = new RowErrors(row.number());
      ImportedPerson person = read(row, rowErrors);
      for (String key : keys(person)) {
        Integer earlier = firstSeen.putIfAbsent(key, row.number());
        if (earlier != null) {
          rowErrors.add(
              key.substring(0, key.indexOf(':')), "names the same person as row " + earlier);
        }
      }
      if (rowErrors.errors.isEmpty()) {
        valid.add(person);
      } else {
        invalid.add(row.number());
        errors.addAll(rowErrors.errors);
      }
    }
    return new Checked(List.copyOf(valid), List.copyOf(errors), Set.copyOf(invalid));
  }

  private static List<String> keys(ImportedPerson person) {
    List<String> keys = new ArrayList<>();
    if (person.personId() != null) {
      keys.add("person_id:" + person.personId());
    }
    if (person.externalId() != null) {
      keys.add("external_id:" + person.externalId());
    }
    if (person.email() != null) {
      keys.add("email:" + person.email().toLowerCase(Locale.ROOT));
    }
    return keys;
  }

  private static ImportedPerson read(TableRow row, RowErrors errors) {
    UUID personId = parsed(row, "person_id", PersonRows::uuid, "is not an id (a UUID)", errors);
    String externalId = text(row, "external_id", 200, errors);
    String fullName = text(row, "full_name", 200, errors);
    if (row.cell("full_name") == null) {
      errors.add("full_name", "is required");
    }
    String preferredName = text(row, "preferred_name", 200, errors);
    PersonType type =
        parsed(
            row,
            "person_type",
            PersonType::fromWireName,
            "is not one of client, staff, family_member",
            errors);
    ZoneId zone =
        parsed(
            row,
            "timezone",
            PersonRows::zone,
            "is not an IANA time zone such as America/New_York",
            errors);
    String email = text(row, "email", 320, errors);
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
      errors.add("email", "is not an email address");
    }
    List<YearlyDate> dates = new ArrayList<>();
    yearly(row, "birthday", BIRTHDAY, errors).ifPresent(dates::add);
    yearly(row, "anniversary", ANNIVERSARY, errors).ifPresent(dates::add);
    return new ImportedPerson(
        row.number(),
        personId,
        externalId,
        fullName,
        preferredName,
        type,
        zone,
        email,
        List.copyOf(dates));
  }

  private static Optional<YearlyDate> yearly(
      TableRow row, String column, String title, RowErrors errors) {
    String text = row.cell(column);
    if (text == null) {
      return Optional.empty();
    }
    Optional<YearlyDate> date = YearlyDate.parse(title, text);
    if (date.isEmpty()) {
      errors.add(column, "is not a date (YYYY-MM-DD, or --MM-DD without a year): \"" + text + "\"");
    }
    return date;
  }

  private static String text(TableRow row, String column, int max, RowErrors errors) {
    String value = row.cell(column);
    if (value != null && value.length() > max) {
      errors.add(column, "is longer than " + max + " characters");
    }
    if (value != null && value.chars().anyMatch(c -> c == 0)) {
      errors.add(column, "contains a NUL character");
    }
    return value;
  }

  private static <T> T parsed(
      TableRow row,
      String column,
      Function<String, Optional<T>> parse,
      String expectation,
      RowErrors errors) {
    String text = row.cell(column);
    if (text == null) {
      return null;
    }
    Optional<T> value = parse.apply(text);
    if (value.isEmpty()) {
      errors.add(column, expectation + ": \"" + text + "\"");
    }
    return value.orElse(null);
  }

  private static Optional<UUID> uuid(String text) {
    try {
      UUID id = UUID.fromString(text);
      return id.toString().equalsIgnoreCase(text) ? Optional.of(id) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<ZoneId> zone(String text) {
    // region ids only, as the API takes them: offsets and abbreviations drift with DST
    return REGION_IDS.contains(text) ? Optional.of(ZoneId.of(text)) : Optional.empty();
  }

  /** The errors of one row, each on {@code row N.column}. */
  private static final class RowErrors {
    private final int row;
    private final List<FieldError> errors = new ArrayList<>();

    RowErrors(int row) {
      this.row = row;
    }

    void add(String column, String message) {
      errors.add(new FieldError("row " + row + "." + column, message));
    }
  }
}
