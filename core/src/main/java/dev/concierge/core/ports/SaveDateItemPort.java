package dev.concierge.core.ports;

import dev.concierge.core.dates.DateItem;

/** Inserts or updates a date item (never its next occurrence, which the scheduler owns). */
public interface SaveDateItemPort {
  DateItem saveDateItem(DateItem item);
}
