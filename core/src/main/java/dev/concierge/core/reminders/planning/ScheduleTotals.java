package dev.concierge.core.reminders.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Sums of {@link ScheduleBatch}es: what a roll-over or backfill run did in all. */
public record ScheduleTotals(
    long examined,
    long itemsChanged,
    long remindersChanged,
    long remindersRearmed,
    long stale,
    List<UUID> invalidRules) {

  public static final ScheduleTotals NONE = new ScheduleTotals(0, 0, 0, 0, 0, List.of());

  public ScheduleTotals {
    invalidRules = List.copyOf(invalidRules);
  }

  public ScheduleTotals plus(ScheduleBatch batch) {
    List<UUID> invalid = new ArrayList<>(invalidRules);
    invalid.addAll(batch.invalidRules());
    return new ScheduleTotals(
        examined + batch.examined(),
        itemsChanged + batch.itemsChanged(),
        remindersChanged + batch.remindersChanged(),
        remindersRearmed + batch.remindersRearmed(),
        stale + batch.stale(),
        invalid);
  }
}
