package dev.concierge.core.calendar;

import java.util.List;
import java.util.UUID;

/** The read model feeds are written from. Implementations are thread-safe. */
public interface CalendarEntries {
  /**
   * The live date items of one person, or of every live person of the organization when {@code
   * personId} is null, at most {@code limit} of them: by next occurrence (past one-off dates last),
   * then id. Each with the lead times of its live lead-time reminders, smallest first.
   */
  List<CalendarEntry> of(UUID orgId, UUID personId, int limit);
}
