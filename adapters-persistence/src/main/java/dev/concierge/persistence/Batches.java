package dev.concierge.persistence;

import java.util.List;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** One statement run for many rows, in JDBC batches of {@value #SIZE}. */
final class Batches {
  static final int SIZE = 1000;

  private Batches() {}

  /** Runs {@code sql} once per item, each bound by {@code bind}, on {@code handle}. */
  static <T> void run(Handle handle, String sql, List<T> items, BiConsumer<PreparedBatch, T> bind) {
    for (int from = 0; from < items.size(); from += SIZE) {
      PreparedBatch batch = handle.prepareBatch(sql);
      for (T item : items.subList(from, Math.min(items.size(), from + SIZE))) {
        bind.accept(batch, item);
        batch.add();
      }
      batch.execute();
    }
  }
}
