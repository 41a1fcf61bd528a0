package dev.concierge.persistence;

import dev.concierge.core.paging.Page;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The results of several statements sent together (one round trip for a read model's parts), each
 * of which counts its rows in a {@code total} column with a window before its limit.
 */
final class CountedResults {
  private CountedResults() {}

  /** The rows of the next statement, and how many there are without its limit. */
  static <T> Page<T> next(Statement results, StatementContext ctx, RowMapper<T> mapper)
      throws SQLException {
    if (!results.getMoreResults()) {
      throw new IllegalStateException("the statement returned fewer results than it has parts");
    }
    try (ResultSet rs = results.getResultSet()) {
      RowMapper<T> row = mapper.specialize(rs, ctx);
      List<T> rows = new ArrayList<>();
      long total = 0;
      while (rs.next()) {
        rows.add(row.map(rs, ctx));
        total = rs.getLong("total");
      }
      return new Page<>(rows, total);
    }
  }
}
