package dev.concierge.persistence;

import dev.concierge.core.reminders.planning.BackfillPass;
import dev.concierge.core.reminders.planning.ScheduleBatch;
import dev.concierge.core.reminders.planning.ScheduleCalculation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * A backfill that walks {@code date_items} in its physical order, by ranges of pages, so that a
 * batch reads and dirties tens of pages of the heap instead of one page per row as a walk in
 * (random) id order does.
 *
 * <p>Every row present when the walk began is examined once: the walk stops at the page count of
 * its start, and skips rows whose version was written since ({@code xmin} not older than the oldest
 * transaction running at the start) — the walk's own writes, which land on later pages, and others'
 * edits and new dates, which may land on pages already passed. Those written by others are read
 * once more at the end ({@link #writtenMeanwhile}), found by the same test minus the walk's own
 * transactions.
 *
 * <p>Online, each batch is a transaction of its own and the slices run at once on their own
 * connections. Rebuilding the indexes, the walk holds one connection and one transaction
 * throughout: it locks {@code date_items} and {@code reminder_rules}, drops their indexes which
 * back no constraint, writes, and creates them again from their definitions at {@link #finish} — a
 * crash or a failure rolls all of it back.
 */
final class PhysicalBackfill implements BackfillPass {
  private static final long XID_SPACE = 1L << 32;
  private static final List<String> REBUILT_TABLES = List.of("date_items", "reminder_rules");

  /**
   * Kept while rebuilding: each batch reads its dates' reminders through it (without it, a scan of
   * every reminder per batch).
   */
  private static final String READ_BY = "idx_reminder_rules_date_item";

  private final Jdbi jdbi;
  private final UUID orgId;
  private final Handle held;
  private final List<String> droppedIndexes;
  private final long pages;
  private final double rowsPerPage;
  private final long since;
  private final Set<Long> ours = ConcurrentHashMap.newKeySet();
  private boolean finished;

  private PhysicalBackfill(Jdbi jdbi, UUID orgId, Handle held, List<String> droppedIndexes) {
    this.jdbi = jdbi;
    this.orgId = orgId;
    this.held = held;
    this.droppedIndexes = droppedIndexes;
    Map<String, Object> start =
        inTransaction(
            handle ->
                handle
                    .createQuery(
                        """
                        select pg_relation_size('date_items')
                                 / current_setting('block_size')::bigint as pages,
                               greatest(c.reltuples, 1) / greatest(c.relpages, 1) as rows_per_page,
                               pg_snapshot_xmin(pg_current_snapshot())::text::bigint as since
                        from pg_class c where c.oid = 'date_items'::regclass
                        """)
                    .mapToMap()
                    .one());
    this.pages = ((Number) start.get("pages")).longValue();
    this.rowsPerPage = ((Number) start.get("rows_per_page")).doubleValue();
    this.since = ((Number) start.get("since")).longValue() % XID_SPACE;
  }

  static PhysicalBackfill online(Jdbi jdbi, UUID orgId) {
    return new PhysicalBackfill(jdbi, orgId, null, List.of());
  }

  static PhysicalBackfill rebuildingIndexes(Jdbi jdbi, UUID orgId) {
    Handle handle = jdbi.open();
    try {
      handle.begin();
      handle.execute("lock table date_items, reminder_rules in access exclusive mode");
      handle.execute("set local maintenance_work_mem = '1GB'");
      List<String> definitions =
          handle
              .createQuery(
                  """
                  select i.indexrelid::regclass::text as name,
                         pg_get_indexdef(i.indexrelid) as definition
                  from pg_index i
                  where i.indrelid = any(cast(:tables as regclass[]))
                    and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                    and i.indexrelid <> cast(:readBy as regclass)
                  order by 1
                  """)
              .bindArray("tables", String.class, REBUILT_TABLES)
              .bind("readBy", READ_BY)
              .map((rs, ctx) -> rs.getString("name") + "\n" + rs.getString("definition"))
              .list();
      List<String> creates = new ArrayList<>();
      for (String index : definitions) {
        String[] nameAndDefinition = index.split("\n", 2);
        handle.execute("drop index " + nameAndDefinition[0]);
        creates.add(nameAndDefinition[1]);
      }
      return new PhysicalBackfill(jdbi, orgId, handle, creates);
    } catch (RuntimeException e) {
      handle.close();
      throw e;
    }
  }

  /**
   * Contiguous page ranges, one per part; one part only when the walk holds a single connection.
   */
  @Override
  public List<Slice> slices(int parts, int batchSize) {
    int count = held != null ? 1 : (int) Math.max(1, Math.min(parts, pages));
    long pagesPerBatch = Math.max(1, (long) (batchSize / rowsPerPage));
    List<Slice> slices = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      slices.add(new Pages(pages * k / count, pages * (k + 1) / count, pagesPerBatch));
    }
    return slices;
  }

  @Override
  public ScheduleBatch writtenMeanwhile(
      UUID afterId, int limit, boolean dryRun, ScheduleCalculation calc) {
    return written(
        handle ->
            JdbiScheduleStore.backfillWrittenSince(
                handle, orgId, since, ours, afterId, limit, dryRun, calc));
  }

  @Override
  public void finish() {
    if (held != null) {
      droppedIndexes.forEach(held::execute);
      held.commit();
    }
    finished = true;
  }

  @Override
  public void close() {
    if (held == null) {
      return;
    }
    try {
      if (!finished) {
        held.rollback();
      }
    } finally {
      held.close();
    }
  }

  /** Runs {@code work} and remembers the transaction it wrote in, if it wrote. */
  private ScheduleBatch written(HandleCallback<ScheduleBatch, RuntimeException> work) {
    return inTransaction(
        handle -> {
          ScheduleBatch batch = work.withHandle(handle);
          Long xid =
              handle
                  .createQuery("select pg_current_xact_id_if_assigned()::text::bigint")
                  .mapTo(Long.class)
                  .one();
          if (xid != null) {
            ours.add(xid % XID_SPACE);
          }
          return batch;
        });
  }

  private <T> T inTransaction(HandleCallback<T, RuntimeException> work) {
    return held != null ? work.withHandle(held) : jdbi.inTransaction(work);
  }

  /** Pages [from, to), read {@code step} pages a batch. */
  private final class Pages implements Slice {
    private final long to;
    private final long step;
    private long next;

    Pages(long from, long to, long step) {
      this.next = from;
      this.to = to;
      this.step = step;
    }

    @Override
    public boolean done() {
      return next >= to;
    }

    @Override
    public ScheduleBatch next(boolean dryRun, ScheduleCalculation calc) {
      long from = next;
      long until = Math.min(to, from + step);
      next = until;
      return written(
          handle ->
              JdbiScheduleStore.backfillPages(handle, orgId, from, until, since, dryRun, calc));
    }
  }
}
