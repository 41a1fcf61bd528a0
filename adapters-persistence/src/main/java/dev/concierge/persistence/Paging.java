package dev.concierge.persistence;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * One page of a list and the list's size. Every caller orders by an index-backed key ending in the
 * primary key, so rows never swap places between pages.
 */
final class Paging {
  private Paging() {}

  static <T> Page<T> page(
      Handle handle,
      String columns,
      String fromWhere,
      String orderBy,
      Map<String, Object> binds,
      RowMapper<T> mapper,
      PageRequest page) {
    long total =
        handle.createQuery("select count(*) " + fromWhere).bindMap(binds).mapTo(Long.class).one();
    List<T> items =
        total <= page.skip()
            ? List.of()
            : handle
                .createQuery(
                    "select "
                        + columns
                        + " "
                        + fromWhere
                        + " order by "
                        + orderBy
                        + " limit :limit offset :skip")
                .bindMap(binds)
                .bind("limit", page.limit())
                .bind("skip", page.skip())
                .map(mapper)
                .list();
    return new Page<>(items, total);
  }
}
