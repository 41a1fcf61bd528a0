package dev.concierge.core.calendar;

import java.util.Locale;

/** What importing one event did. */
public enum ImportStatus {
  CREATED,
  UPDATED,
  /** Imported before, and the date item already says what the event says. */
  UNCHANGED,
  SKIPPED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
