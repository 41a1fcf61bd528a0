package dev.concierge.core.exchange;

/** Writes the rows of a table one at a time, as they are read, so no export is held in memory. */
public interface TableWriter extends AutoCloseable {
  /** Writes one row; a null cell is an empty one. */
  void row(Object... cells);

  /** Flushes what is written; the stream stays open, as it belongs to the caller. */
  @Override
  void close();
}
