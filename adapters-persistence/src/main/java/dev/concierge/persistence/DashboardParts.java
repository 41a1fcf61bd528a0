package dev.concierge.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The dashboard's parts as one statement's rows: each part a query of its own columns, its rows'
 * place in it ({@code n}) and how many it has without its limit ({@code total}); every row carries
 * every part's columns, null but those of its own {@code part}, so that each part's rows are read
 * by the name of their columns as a statement of their own would be.
 */
final class DashboardParts {
  static final int PERSON = 0;
  static final int CONVERSATIONS = 1;
  static final int DATES = 2;
  static final int PROJECTS = 3;
  static final int RECOMMENDATIONS = 4;

  private static final Set<Integer> ALL =
      Set.of(PERSON, CONVERSATIONS, DATES, PROJECTS, RECOMMENDATIONS);

  /**
   * Each column once, with its type (a null of another part is typed) and the parts that have it.
   */
  private record Column(String name, String type, Set<Integer> parts) {
    Column(String name, String type, Integer... parts) {
      this(name, type, Set.of(parts));
    }

    String in(int part) {
      return parts.contains(part) ? "b." + name : "null::" + type + " as " + name;
    }
  }

  private static final List<Column> COLUMNS =
      List.of(
          new Column("n", "bigint", ALL),
          new Column("total", "bigint", ALL),
          new Column("person_id", "uuid", PERSON),
          new Column("org_id", "uuid", PERSON),
          new Column("full_name", "text", PERSON),
          new Column("preferred_name", "text", PERSON),
          new Column("person_type", "text", PERSON),
          new Column("birthday", "date", PERSON),
          new Column("timezone", "text", PERSON),
          new Column("metadata", "jsonb", PERSON),
          new Column("created_at", "timestamptz", PERSON, RECOMMENDATIONS),
          new Column("updated_at", "timestamptz", PERSON),
          new Column("conversation_id", "uuid", CONVERSATIONS),
          new Column("channel_type", "text", CONVERSATIONS),
          new Column("last_message_preview", "text", CONVERSATIONS),
          new Column("last_message_at", "timestamptz", CONVERSATIONS),
          new Column("message_count", "bigint", CONVERSATIONS),
          new Column("date_item_id", "uuid", DATES),
          new Column("title", "text", DATES, PROJECTS),
          new Column("date_value", "date", DATES),
          new Column("recurrence_rule", "text", DATES),
          new Column("leap_day_policy", "text", DATES),
          new Column("next_occurrence", "date", DATES),
          new Column("category_id", "uuid", DATES),
          new Column("category_name", "text", DATES),
          new Column("category_icon", "text", DATES),
          new Column("reminder_count", "bigint", DATES),
          new Column("project_id", "uuid", PROJECTS),
          new Column("status", "text", PROJECTS),
          new Column("priority", "smallint", PROJECTS),
          new Column("due_date", "date", PROJECTS),
          new Column("total_tasks", "bigint", PROJECTS),
          new Column("completed_tasks", "bigint", PROJECTS),
          new Column("recommendation_id", "uuid", RECOMMENDATIONS),
          new Column("venue_name", "text", RECOMMENDATIONS),
          new Column("category", "text", RECOMMENDATIONS),
          new Column("notes", "text", RECOMMENDATIONS));

  private DashboardParts() {}

  /** The parts' queries, in the order of the part numbers above, as one ordered statement. */
  static String union(
      String person, String conversations, String dates, String projects, String recommendations) {
    List<String> parts = List.of(person, conversations, dates, projects, recommendations);
    return IntStream.range(0, parts.size())
            .mapToObj(
                part ->
                    "select "
                        + part
                        + " as part, "
                        + COLUMNS.stream().map(c -> c.in(part)).collect(Collectors.joining(", "))
                        + "\nfrom (\n"
                        + parts.get(part)
                        + ") b\n")
            .collect(Collectors.joining("union all\n", "select * from (\n", ") dashboard\n"))
        + "order by part, n";
  }

  /** Reads every row into the {@link Rows} of its part, given in the order of the part numbers. */
  static void read(ResultSet rs, StatementContext ctx, Rows<?>... parts) throws SQLException {
    try (rs) {
      while (rs.next()) {
        parts[rs.getInt("part")].add(rs, ctx);
      }
    }
  }

  /** One part's rows, in their order, and its total. */
  static final class Rows<T> {
    private final RowMapper<T> mapper;
    private final List<T> items = new ArrayList<>();
    private long total;

    Rows(RowMapper<T> mapper) {
      this.mapper = mapper;
    }

    private void add(ResultSet rs, StatementContext ctx) throws SQLException {
      items.add(mapper.map(rs, ctx));
      total = rs.getLong("total");
    }

    List<T> items() {
      return items;
    }

    long total() {
      return total;
    }
  }
}
