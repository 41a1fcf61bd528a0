package dev.concierge.persistence;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.List;
import java.util.Map;
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
    long total =
        handle
            .createQuery(
                "select count(*) from (select 1 " + countFromWhere + " limit :countUpTo) c")
            .bindMap(binds)
            .bind("countUpTo", (long) page.skip() + Page.COUNTED_UP_TO)
            .mapTo(Long.class)
            .one();
    if (total <= page.skip()) {
      return new Page<>(List.of(), total);
    }
    return new Page<>(
        rows(handle, plainPage(columns, fromWhere, orderBy), binds, mapper, page), total);
  }

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
