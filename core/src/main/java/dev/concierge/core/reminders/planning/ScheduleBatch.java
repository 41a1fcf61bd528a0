package dev.concierge.core.reminders.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What one batch of schedule work did.
 *
 * @param examined date items read
 * @param itemsChanged date items whose next occurrence changed
 * @param remindersChanged reminder rules given a new cycle time (re-armed or moved)
 * @param remindersRearmed of those, closed cycles re-opened for the next occurrence
 * @param stale items or reminders changed by someone else meanwhile, left for the next pass
 * @param invalidRules date items whose stored rule cannot be read
 * @param lastId the last date item of the batch, to continue after; null when the batch was empty
 * @param lastNextOccurrence the stored next occurrence of that item (roll-over's cursor)
 */
public record ScheduleBatch(
    int examined,
    int itemsChanged,
    int remindersChanged,
    int remindersRearmed,
    int stale,
    List<UUID> invalidRules,
    UUID lastId,
    LocalDate lastNextOccurrence) {

  public ScheduleBatch {
    invalidRules = List.copyOf(invalidRules);
  }
}
