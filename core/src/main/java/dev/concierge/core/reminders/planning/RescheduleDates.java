package dev.concierge.core.reminders.planning;

import dev.concierge.core.reminders.ReminderStore;
import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;

/**
 * Places edited date items and their lead-time reminders in time at once: their next occurrence,
 * each pending reminder's time, and each rule's mirrored delivery status. Runs in the caller's
 * transaction, so an edit and its new schedule commit together. Thread-safe.
 */
public final class RescheduleDates {
  private final ScheduleStore schedules;
  private final ReminderStore reminders;
  private final SchedulePlanner planner;

  public RescheduleDates(ScheduleStore schedules, ReminderStore reminders, Clock clock) {
    this.schedules = Objects.requireNonNull(schedules, "schedules");
    this.reminders = Objects.requireNonNull(reminders, "reminders");
    this.planner = new SchedulePlanner(clock);
  }

  /** Reschedules the given date items of {@code orgId}, as of now. */
  public void reschedule(UUID orgId, Collection<UUID> dateItemIds) {
    if (dateItemIds.isEmpty()) {
      return;
    }
    schedules.recompute(orgId, dateItemIds, planner);
    reminders.mirrorDeliveryStatus(orgId, dateItemIds);
  }
}
