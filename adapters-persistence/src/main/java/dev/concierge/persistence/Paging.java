package dev.concierge.persistence;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * One page of a list and the list's size. Every caller orders by an index-backed key ending in the
 * primary key, so rows never swap places between pages.
 *
 * <p>Two things keep deep pages of big lists cheap. The total of a list of at least {@value
 * #REMEMBER_TOTALS_FROM} rows is remembered for {@link #TOTAL_REMEMBERED_NANOS 10 s} (a portal
 * paging through 100,000 clients does not recount them per page; a smaller list is always exact).
 * And when a key column is given, a page deep in the list is found by its keys alone (an index-only
 * scan walks past the skipped rows) before the page's rows are read.
 */
final class Paging {
  static final long REMEMBER_TOTALS_FROM = 5_000;
  static final long TOTAL_REMEMBERED_NANOS = 10_000_000_000L;
  private static final int MAX_REMEMBERED_TOTALS = 10_000;
  private static final long DEFERRED_FROM_SKIP = 1_000;

  /** How many rows of a list, in its order, a match is tried on before its index is read. */
  static final int PROBED_ROWS = 2_000;

  /**
   * How many of those are tried first: the rest only when the match is as frequent in these as it
   * must be in all of them to reach the count's bound (a conversation with no message holding a
   * word costs reading all its messages, so a rare word would cost 2,000 conversations' worth).
   */
  static final int TASTED_ROWS = 200;

  private record TotalKey(Jdbi jdbi, String sql, Map<String, Object> binds) {}

  private record Total(long value, long until) {}

  private static final Map<TotalKey, Total> TOTALS = new ConcurrentHashMap<>();

  private Paging() {}

  static <T> Page<T> page(
      Handle handle,
      String columns,
      String fromWhere,
      String orderBy,
      Map<String, Object> binds,
      RowMapper<T> mapper,
      PageRequest page) {
    return page(handle, columns, fromWhere, orderBy, null, binds, mapper, page);
  }

  /**
   * @param keyColumn the primary key (as the query names it) when {@code fromWhere} ends in a where
   *     clause that an index covers with the ordering; null to skip rows the plain way
   */
  static <T> Page<T> page(
      Handle handle,
      String columns,
      String fromWhere,
      String orderBy,
      String keyColumn,
      Map<String, Object> binds,
      RowMapper<T> mapper,
      PageRequest page) {
    long total = total(handle, fromWhere, binds);
    if (total <= page.skip()) {
      return new Page<>(List.of(), total);
    }
    String sql =
        keyColumn != null && page.skip() >= DEFERRED_FROM_SKIP
            ? "select "
                + columns
                + " "
                + fromWhere
                + " and "
                + keyColumn
                + " in (select "
                + keyColumn
                + " "
                + fromWhere
                + " order by "
                + orderBy
                + " limit :limit offset :skip) order by "
                + orderBy
            : plainPage(columns, fromWhere, orderBy);
    return new Page<>(rows(handle, sql, binds, mapper, page), total);
  }

  /**
   * As {@link #page} without a key column, with the total counted only up to {@link
   * Page#COUNTED_UP_TO} rows past the page's start: the count stops there however long the list, so
   * a page of a million-row list costs what one of a few thousand does.
   *
   * @param countFromWhere the rows to count, when fewer tables find them than {@code fromWhere}
   *     needs for the page's columns (a join the rows cannot lack)
   */
  static <T> Page<T> pageCountedUpTo(
      Handle handle,
      String columns,
      String fromWhere,
      String countFromWhere,
      String orderBy,
      Map<String, Object> binds,
      RowMapper<T> mapper,
      PageRequest page) {
    long total = countedUpTo(handle, countFromWhere, binds, page);
    if (total <= page.skip()) {
      return new Page<>(List.of(), total);
    }
    return new Page<>(
        rows(handle, plainPage(columns, fromWhere, orderBy), binds, mapper, page), total);
  }

  /**
   * A list narrowed by a text match, its total counted up to {@link Page#COUNTED_UP_TO} past the
   * page's start as {@link #pageCountedUpTo} does, and read the way the match's frequency needs.
   *
   * <p>A word in most rows (a common word in the messages of most conversations) is found at once
   * by walking the list in its order, while reading its index first would fetch every row holding
   * it (100,000 messages: seconds); a rare one is found at once through its index, while walking
   * the list would check every row (a name or a word in two of 200,000 projects: a second). The
   * planner cannot tell which from its estimates, which multiply the words' frequencies. So when
   * {@code matching.probeMatch()} is given, the list's first {@value #PROBED_ROWS} rows in its
   * order are matched first (after the first {@value #TASTED_ROWS} show the match frequent enough,
   * and on the first pages only): when they hold the page and enough matches to reach the count's
   * bound (or are the whole list), they answer. Otherwise the matches are read through the index
   * ({@code matching.indexMatch()}, fenced by {@code offset 0} so the page is sorted from them
   * rather than found by walking the list's order), and counted as they are sorted.
   */
  static <T> Page<T> pageMatching(
      Handle handle,
      Matching matching,
      Map<String, Object> binds,
      RowMapper<T> mapper,
      PageRequest page) {
    if (matching.probeMatch() != null
        && (long) page.skip() + Page.COUNTED_UP_TO <= PROBED_ROWS
        && commonInFirstRows(handle, matching, binds)) {
      Page<T> probed = probed(handle, matching, binds, mapper, page);
      if (probed != null) {
        return probed;
      }
    }
    String fromWhere =
        "from " + matching.table() + " where " + matching.where() + " and " + matching.indexMatch();
    // every match is read to be sorted anyway, so counting them all costs nothing more
    List<Counted<T>> rows =
        handle
            .createQuery(
                "select "
                    + matching.columns()
                    + ", count(*) over () as matches from (select * "
                    + fromWhere
                    + " offset 0) "
                    + matching.table()
                    + " order by "
                    + matching.orderBy()
                    + " limit :limit offset :skip")
            .bindMap(binds)
            .bind("limit", page.limit())
            .bind("skip", page.skip())
            .map((rs, ctx) -> new Counted<>(mapper.map(rs, ctx), rs.getLong("matches")))
            .list();
    if (rows.isEmpty()) {
      // past the end, the total is still wanted; on the first page, none means a total of none
      long total = page.skip() == 0 ? 0 : countedUpTo(handle, fromWhere, binds, page);
      return new Page<>(List.of(), total);
    }
    long bound = (long) page.skip() + Page.COUNTED_UP_TO;
    return new Page<>(
        rows.stream().map(Counted::row).toList(), Math.min(rows.get(0).matches(), bound));
  }

  /** How many rows {@code fromWhere} finds, counted up to {@link Page#COUNTED_UP_TO} past skip. */
  private static long countedUpTo(
      Handle handle, String fromWhere, Map<String, Object> binds, PageRequest page) {
    return handle
        .createQuery("select count(*) from (select 1 " + fromWhere + " limit :countUpTo) c")
        .bindMap(binds)
        .bind("countUpTo", (long) page.skip() + Page.COUNTED_UP_TO)
        .mapTo(Long.class)
        .one();
  }

  private record Counted<T>(T row, long matches) {}

  /** Whether the first rows match often enough that the probe is likely to answer. */
  private static boolean commonInFirstRows(
      Handle handle, Matching matching, Map<String, Object> binds) {
    Tasted tasted =
        handle
            .createQuery(
                "select count(*) as rows, count(*) filter (where "
                    + matching.probeMatch()
                    + ") as matches from (select * from "
                    + matching.table()
                    + " where "
                    + matching.where()
                    + " order by "
                    + matching.orderBy()
                    + " limit :tastedRows) "
                    + matching.table())
            .bindMap(binds)
            .bind("tastedRows", TASTED_ROWS)
            .map((rs, ctx) -> new Tasted(rs.getLong("rows"), rs.getLong("matches")))
            .one();
    return tasted.rows() < TASTED_ROWS
        || tasted.matches() * PROBED_ROWS >= (long) Page.COUNTED_UP_TO * TASTED_ROWS;
  }

  private record Tasted(long rows, long matches) {}

  /** The page and its total from the list's first rows, or null when they cannot tell them. */
  private static <T> Page<T> probed(
      Handle handle,
      Matching matching,
      Map<String, Object> binds,
      RowMapper<T> mapper,
      PageRequest page) {
    String sql =
        "select "
            + matching.key()
            + " as key, probed, count(*) over () as matches"
            + " from (select *, count(*) over () as probed from (select * from "
            + matching.table()
            + " where "
            + matching.where()
            + " order by "
            + matching.orderBy()
            + " limit :probedRows) first_rows) "
            + matching.table()
            + " where "
            + matching.probeMatch()
            + " order by "
            + matching.orderBy()
            + " limit :limit offset :skip";
    List<ProbedKey> keys =
        handle
            .createQuery(sql)
            .bindMap(binds)
            .bind("probedRows", PROBED_ROWS)
            .bind("limit", page.limit())
            .bind("skip", page.skip())
            .map(
                (rs, ctx) ->
                    new ProbedKey(
                        rs.getObject("key", UUID.class),
                        rs.getLong("probed"),
                        rs.getLong("matches")))
            .list();
    if (keys.isEmpty()) {
      return null;
    }
    long bound = (long) page.skip() + Page.COUNTED_UP_TO;
    long matches = keys.get(0).matches();
    boolean wholeList = keys.get(0).probed() < PROBED_ROWS;
    if (!wholeList && matches < bound) {
      return null;
    }
    List<T> rows =
        handle
            .createQuery(
                "select "
                    + matching.columns()
                    + " from "
                    + matching.table()
                    + " where "
                    + matching.where()
                    + " and "
                    + matching.key()
                    + " = any(:keys) order by "
                    + matching.orderBy())
            .bindMap(binds)
            .bindArray("keys", UUID.class, keys.stream().map(ProbedKey::key).toList())
            .map(mapper)
            .list();
    return new Page<>(rows, Math.min(matches, bound));
  }

  private record ProbedKey(UUID key, long probed, long matches) {}

  /**
   * A list narrowed by a text match, for {@link #pageMatching}.
   *
   * @param table the table, also the name the conditions call it by
   * @param where its rows in the list, without the match
   * @param probeMatch the match as tried on the list's first rows, or null to go to the index at
   *     once
   * @param indexMatch the match as its index finds it
   * @param key the primary key's column
   */
  record Matching(
      String columns,
      String table,
      String where,
      String probeMatch,
      String indexMatch,
      String orderBy,
      String key) {}

  private static String plainPage(String columns, String fromWhere, String orderBy) {
    return "select "
        + columns
        + " "
        + fromWhere
        + " order by "
        + orderBy
        + " limit :limit offset :skip";
  }

  private static <T> List<T> rows(
      Handle handle, String sql, Map<String, Object> binds, RowMapper<T> mapper, PageRequest page) {
    return handle
        .createQuery(sql)
        .bindMap(binds)
        .bind("limit", page.limit())
        .bind("skip", page.skip())
        .map(mapper)
        .list();
  }

  private static long total(Handle handle, String fromWhere, Map<String, Object> binds) {
    String sql = "select count(*) " + fromWhere;
    TotalKey key = new TotalKey(handle.getJdbi(), sql, binds);
    long now = System.nanoTime();
    Total known = TOTALS.get(key);
    if (known != null && now - known.until() < 0) {
      return known.value();
    }
    long total = handle.createQuery(sql).bindMap(binds).mapTo(Long.class).one();
    if (total >= REMEMBER_TOTALS_FROM) {
      if (TOTALS.size() >= MAX_REMEMBERED_TOTALS) {
        TOTALS.clear();
      }
      TOTALS.put(key, new Total(total, now + TOTAL_REMEMBERED_NANOS));
    } else if (known != null) {
      TOTALS.remove(key);
    }
    return total;
  }
}
